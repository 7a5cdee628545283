package org.plantrace.web.links;

import org.plantrace.web.i18n.Words;

import java.util.List;
import org.plantrace.domain.link.FeatureTarget;
import org.plantrace.domain.link.IndicatorTarget;
import org.plantrace.domain.link.Link;
import org.plantrace.domain.link.LinkStatus;

/**
 * One link as the curation list shows it.
 *
 * @param typeLabel   指标 / 地名与要素 / 指标对应图层
 * @param anchor      the words of the clause it was read from
 * @param statusClass a CSS class: {@code status-suggested}, {@code status-accepted} …
 * @param editable    whether 修改 is offered: indicators and places; a layer link comes from the rule table
 * @param indicator   whether the edit form asks for value and unit too
 * @param editName    the edit form's prefilled name (indicator name or place name)
 * @param editValue   the edit form's prefilled value, empty for a place
 * @param editUnit    the edit form's prefilled unit, empty for a place
 */
public record LinkItem(long id, String typeLabel, String label, String anchor, String statusLabel,
                       String statusClass, String decidedBy, boolean acceptable, boolean rejectable,
                       boolean editable, boolean indicator, String editName, String editValue, String editUnit) {

    static List<LinkItem> of(List<Link> links) {
        return links.stream().map(LinkItem::of).toList();
    }

    static LinkItem of(Link l) {
        LinkStatus s = l.status();
        String name = "";
        String value = "";
        String unit = "";
        if (l.target() instanceof IndicatorTarget t) {
            name = t.name();
            value = t.value().toPlainString();
            unit = t.unit();
        } else if (l.target() instanceof FeatureTarget f) {
            name = f.name();
        }
        return new LinkItem(l.id(), Words.here(l.type()), l.target().label(), l.anchor().text(), Words.here(s),
                "status-" + s.name().toLowerCase(), Link.EXTRACTION.equals(l.decidedBy()) ? "" : l.decidedBy(),
                s != LinkStatus.ACCEPTED && s != LinkStatus.ADDED, s != LinkStatus.REJECTED,
                !name.isEmpty(), l.target() instanceof IndicatorTarget, name, value, unit);
    }
}
