package org.plantrace.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.plantrace.web.view.ClauseLink;
import org.plantrace.citation.DisplayNumber;

/**
 * {@code <pt:clauseTitle link="#{k}"/>}: a clause's number and heading, written the same way
 * wherever a clause is named (outline, breadcrumb, heading, sub-clauses, previous/next). A derived
 * number is marked ({@code class="num derived"}) and says so in its tooltip; an untitled chapter,
 * section or article shows （无标题） and the start of its text muted, never that text as a title.
 */
@FacesComponent(createTag = true, tagName = "clauseTitle", namespace = OutlineTree.NAMESPACE)
public class ClauseTitle extends UIComponentBase {

    @Override
    public String getFamily() {
        return "org.plantrace.web";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        if (getAttributes().get("link") instanceof ClauseLink link) {
            write(context.getResponseWriter(), this, link);
        }
    }

    /** {@code <span class="title"><span class="num">…</span> <span class="heading">…</span></span>}. */
    static void write(ResponseWriter out, UIComponent owner, ClauseLink link) throws IOException {
        out.startElement("span", owner);
        out.writeAttribute("class", "title", null);
        DisplayNumber number = link.number();
        if (!number.isEmpty()) {
            out.startElement("span", owner);
            out.writeAttribute("class", number.derived() ? "num derived" : "num", null);
            if (number.derived()) {
                out.writeAttribute("title", number.note(), null);
            }
            out.writeText(number.text(), null);
            out.endElement("span");
            out.writeText(" ", null);
        }
        out.startElement("span", owner);
        if (link.untitled()) {
            out.writeAttribute("class", "heading untitled", null);
            out.writeText(ClauseLink.untitledWord(), null);
            out.endElement("span");
            if (link.numberOnly()) {
                // why it is there: the source has the number alone (issue #14.1), not a reading error
                out.startElement("span", owner);
                out.writeAttribute("class", "number-only", null);
                out.writeAttribute("title", org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "clause.numberOnly.why"), null);
                out.writeText(org.plantrace.web.i18n.Texts.in("org.plantrace.web.i18n.Common", "clause.numberOnly"), null);
                out.endElement("span");
            }
            if (!link.excerpt().isEmpty()) {
                out.startElement("span", owner);
                out.writeAttribute("class", "excerpt", null);
                out.writeText(link.excerpt(), null);
                out.endElement("span");
            }
        } else {
            out.writeAttribute("class", "heading", null);
            out.writeText(link.heading(), null);
            out.endElement("span");
        }
        out.endElement("span");
    }
}
