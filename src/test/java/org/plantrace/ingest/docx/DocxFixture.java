package org.plantrace.ingest.docx;

import java.nio.file.Path;
import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Document;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.Style;

/**
 * Hand-written Word documents for reader tests: body, extra styles and numbering as WordprocessingML
 * snippets, written through docx4j so that the package itself is what Word would accept.
 */
final class DocxFixture {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder styles = new StringBuilder();
    private String numbering;
    private String coreTitle;

    static DocxFixture document() {
        return new DocxFixture();
    }

    /** Appends raw body XML (w:p, w:tbl, w:sdt …) with the w: prefix. */
    DocxFixture xml(String bodyXml) {
        body.append(bodyXml);
        return this;
    }

    /** A paragraph in a style (null: Normal) with one plain run. */
    DocxFixture p(String styleId, String text) {
        return xml("<w:p>" + (styleId == null ? "" : "<w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr>")
                + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>");
    }

    /** A w:style element. */
    DocxFixture style(String styleXml) {
        styles.append(styleXml);
        return this;
    }

    /** The content of w:numbering (abstractNum and num elements). */
    DocxFixture numbering(String numberingXml) {
        this.numbering = numberingXml;
        return this;
    }

    DocxFixture coreTitle(String title) {
        this.coreTitle = title;
        return this;
    }

    Path writeTo(Path file) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        for (int level = 1; level <= 5; level++) {
            main.getPropertyResolver().activateStyle("Heading" + level);
            // the docx4j sample styles link headings to a list that does not exist here
            main.getStyleDefinitionsPart().getStyleById("Heading" + level).getPPr().setNumPr(null);
        }
        main.getPropertyResolver().activateStyle("Title");
        if (styles.length() > 0) {
            String wrapped = "<w:styles xmlns:w=\"" + W + "\">" + styles + "</w:styles>";
            org.docx4j.wml.Styles extra = (org.docx4j.wml.Styles) XmlUtils.unmarshalString(wrapped);
            for (Style s : extra.getStyle()) {
                main.getStyleDefinitionsPart().getJaxbElement().getStyle().add(s);
            }
        }
        if (numbering != null) {
            NumberingDefinitionsPart part = new NumberingDefinitionsPart();
            part.setJaxbElement((Numbering) XmlUtils.unmarshalString(
                    "<w:numbering xmlns:w=\"" + W + "\">" + numbering + "</w:numbering>"));
            main.addTargetPart(part);
        }
        main.setJaxbElement((Document) XmlUtils.unmarshalString("<w:document xmlns:w=\"" + W + "\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
                + body + "</w:body></w:document>"));
        if (coreTitle != null) {
            DocPropsCorePart core = pkg.getDocPropsCorePart();
            if (core == null) {
                core = new DocPropsCorePart();
                core.setJaxbElement(new org.docx4j.docProps.core.ObjectFactory().createCoreProperties());
                pkg.addTargetPart(core);
            }
            CoreProperties props = core.getJaxbElement();
            org.docx4j.docProps.core.dc.elements.SimpleLiteral literal =
                    new org.docx4j.docProps.core.dc.elements.ObjectFactory().createSimpleLiteral();
            literal.getContent().add(coreTitle);
            props.setTitle(new org.docx4j.docProps.core.dc.elements.ObjectFactory().createTitle(literal));
        }
        pkg.save(file.toFile());
        return file;
    }
}
