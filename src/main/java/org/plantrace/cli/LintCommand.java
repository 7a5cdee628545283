package org.plantrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.application.OutlineReader;
import org.plantrace.application.PlanSource;
import org.plantrace.extract.entity.EntityLinker;
import org.plantrace.extract.entity.EntityRules;
import org.plantrace.extract.entity.GazetteerFormat;
import org.plantrace.extract.entity.GazetteerLocator;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.PlanLint;
import org.plantrace.extract.lint.numeric.NumericRules;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;

/**
 * {@code lint PATH}: the plan's consistency findings as JSON,
 * {@code {"findings":[{"rule","severity","clause","location","message"}]}}. The gazetteer is the
 * {@code gazetteer.tsv} beside the plan document, else the one {@link GazetteerLocator} finds; the
 * layers (for NUM003) are the {@code layers/} folder {@link NumericRules#locateLayers} finds.
 * Rule families add themselves to {@link #rules}.
 */
final class LintCommand {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LintCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, InputRejectedException {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException("lint 需要且只需要一个文件或规划文件夹 / lint takes exactly one PATH");
        }
        Path document = PlanSource.of(Path.of(args.get(0))).document();
        Outline outline = OutlineReader.read(document);
        List<Finding> findings = new PlanLint(rules(document)).check(outline.clauses());
        Console.line(out, render(findings));
        return Main.OK;
    }

    static List<LintRule> rules(Path document) {
        Path beside = document.toAbsolutePath().getParent().resolve(GazetteerLocator.FILE_NAME);
        EntityLinker linker = new EntityLinker(Files.isRegularFile(beside)
                ? GazetteerFormat.read(beside) : GazetteerLocator.loadOrEmpty());
        List<LintRule> rules = new ArrayList<>(EntityRules.all(linker));
        rules.addAll(NumericRules.forDocument(document));
        return rules;
    }

    static String render(List<Finding> findings) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            list.addObject().put("rule", f.rule()).put("severity", f.severity().jsonName()).put("clause", f.clauseId())
                    .put("location", f.location()).put("message", f.message());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always serializes", e);
        }
    }
}
