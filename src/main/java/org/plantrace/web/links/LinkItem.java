package org.plantrace.web.links;

import java.util.List;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkStatus;

/**
 * One link as the curation list shows it.
 *
 * @param typeLabel   指标 / 地名与要素 / 指标对应图层
 * @param anchor      the words of the clause it was read from
 * @param statusClass a CSS class: {@code status-suggested}, {@code status-accepted} …
 */
public record LinkItem(long id, String typeLabel, String label, String anchor, String statusLabel,
                       String statusClass, String decidedBy, boolean acceptable, boolean rejectable) {

    static List<LinkItem> of(List<Link> links) {
        return links.stream().map(LinkItem::of).toList();
    }

    static LinkItem of(Link l) {
        LinkStatus s = l.status();
        return new LinkItem(l.id(), l.type().label(), l.target().label(), l.anchor().text(), s.label(),
                "status-" + s.name().toLowerCase(), Link.EXTRACTION.equals(l.decidedBy()) ? "" : l.decidedBy(),
                s != LinkStatus.ACCEPTED && s != LinkStatus.ADDED, s != LinkStatus.REJECTED);
    }
}
