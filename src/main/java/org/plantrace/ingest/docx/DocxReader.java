package org.plantrace.ingest.docx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.model.PropertyResolver;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Numbering;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReader;

/**
 * Reads Word plan documents into the neutral outline: heading styles and outline levels give the
 * structure, Word list numbers the clause numbers, run underline the mandatory provisions, tables
 * become TABLE clauses. The package is checked for zip bombs and DTDs before docx4j opens it, and
 * nothing is returned unless the whole document was read.
 */
public final class DocxReader implements PlanReader {
    private final PackageGuard guard;

    public DocxReader() {
        this(PackageGuard.DEFAULT);
    }

    DocxReader(PackageGuard guard) {
        this.guard = guard;
    }

    @Override
    public Outline read(Path file) throws InputRejectedException {
        String name = file.getFileName().toString();
        guard.inspect(file, name);
        WordprocessingMLPackage word = load(file, name);
        try {
            MainDocumentPart main = word.getMainDocumentPart();
            PropertyResolver resolver = main.getPropertyResolver();
            OutlineAssembler assembler = new OutlineAssembler();
            new BodyWalker(new HeadingStyles(resolver), new ListNumbering(numbering(main), resolver),
                    new ParagraphTextReader(new UnderlineResolver(resolver)), assembler)
                    .walk(main.getContent());
            String title = assembler.title().or(() -> coreTitle(word)).orElse(withoutExtension(name));
            return new Outline(title, assembler.clauses(), assembler.warnings());
        } catch (RuntimeException e) {
            // docx4j reports broken styles, numbering or content as unchecked exceptions
            throw new InputRejectedException(name,
                    "无法解析 Word 文档的内容结构，请在 Word 中打开并另存为 .docx 后重试", e);
        }
    }

    private static WordprocessingMLPackage load(Path file, String name) throws InputRejectedException {
        OpcPackage opc;
        try {
            opc = OpcPackage.load(file.toFile());
        } catch (Docx4JException | RuntimeException e) {
            throw new InputRejectedException(name,
                    "不是可读取的 Word 文档（文档包结构无法解析），请在 Word 中打开并另存为 .docx 后重试", e);
        }
        if (!(opc instanceof WordprocessingMLPackage word) || word.getMainDocumentPart() == null
                || word.getMainDocumentPart().getJaxbElement() == null) {
            throw new InputRejectedException(name,
                    "不是 Word 文档（文档包中没有正文部件），请选择用 Word 保存的 .docx 文件");
        }
        return word;
    }

    private static Numbering numbering(MainDocumentPart main) {
        NumberingDefinitionsPart part = main.getNumberingDefinitionsPart();
        return part == null ? null : part.getJaxbElement();
    }

    /** docProps/core.xml's title, when the document body has no title paragraph. */
    private static Optional<String> coreTitle(WordprocessingMLPackage word) {
        DocPropsCorePart part = word.getDocPropsCorePart();
        if (part == null || part.getJaxbElement() == null) {
            return Optional.empty();
        }
        CoreProperties core = part.getJaxbElement();
        if (core.getTitle() == null || core.getTitle().getValue() == null) {
            return Optional.empty();
        }
        SimpleLiteral literal = core.getTitle().getValue();
        List<String> content = literal.getContent();
        return Optional.of(String.join("", content).strip()).filter(t -> !t.isEmpty());
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
