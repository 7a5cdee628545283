package org.plantrace.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.plantrace.web.view.ClauseLink;
import org.plantrace.web.view.OutlineEntry;

/**
 * {@code <pt:outline value="#{home.outline}"/>}: the plan's outline as nested lists, entries
 * with sub-entries folded in {@code <details>}. A component rather than recursive
 * {@code ui:include}: Facelets builds includes when the view is built, so a recursive include
 * would not stop. The ResponseWriter escapes all text and attributes.
 */
@FacesComponent(createTag = true, tagName = "outline", namespace = OutlineTree.NAMESPACE)
public class OutlineTree extends UIComponentBase {
    public static final String NAMESPACE = "urn:plantrace:web";
    /** Depth down to which entries start unfolded: chapters show their sections and articles. */
    private static final int OPEN_DEPTH = 1;

    @Override
    public String getFamily() {
        return "org.plantrace.web";
    }

    @SuppressWarnings("unchecked")
    private List<OutlineEntry> value() {
        Object v = getAttributes().get("value");
        return v instanceof List<?> list ? (List<OutlineEntry>) list : List.of();
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        String base = context.getExternalContext().getRequestContextPath();
        list(out, value(), base, 1, "outline");
    }

    private void list(ResponseWriter out, List<OutlineEntry> entries, String base, int depth, String cssClass)
            throws IOException {
        out.startElement("ol", this);
        out.writeAttribute("class", cssClass, null);
        for (OutlineEntry e : entries) {
            ClauseLink link = e.link();
            out.startElement("li", this);
            out.writeAttribute("class", "depth-" + depth, null);
            if (e.hasChildren()) {
                out.startElement("details", this);
                if (depth <= OPEN_DEPTH) {
                    out.writeAttribute("open", "open", null);
                }
                out.startElement("summary", this);
                anchor(out, link, base);
                out.endElement("summary");
                list(out, e.children(), base, depth + 1, "outline-children");
                out.endElement("details");
            } else {
                anchor(out, link, base);
            }
            out.endElement("li");
        }
        out.endElement("ol");
    }

    private void anchor(ResponseWriter out, ClauseLink link, String base) throws IOException {
        out.startElement("a", this);
        out.writeAttribute("id", "toc-" + link.uid(), null);
        out.writeURIAttribute("href", base + link.path(), null);
        out.writeAttribute("data-uid", link.uid(), null);
        out.startElement("span", this);
        out.writeAttribute("class", "kind", null);
        out.writeText(link.kind(), null);
        out.endElement("span");
        ClauseTitle.write(out, this, link);
        out.endElement("a");
        if (link.mandatory()) {
            out.startElement("span", this);
            out.writeAttribute("class", "badge mandatory", null);
            out.writeAttribute("title", org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "outline.mandatory.title"), null);
            out.writeText(HomePage.mandatoryBadge(), null);
            out.endElement("span");
        }
    }
}
