package org.plantrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.application.OutlineReader;
import org.plantrace.application.PlanSource;
import org.plantrace.extract.entity.EntityRules;
import org.plantrace.extract.lint.Finding;
import org.plantrace.extract.lint.LintRule;
import org.plantrace.extract.lint.PlanLint;
import org.plantrace.extract.lint.numeric.NumericRules;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.planpackage.PlanPackage;
import org.plantrace.planpackage.PlanPackages;

/**
 * {@code lint PATH}: the plan's consistency findings as JSON,
 * {@code {"findings":[{"rule","severity","clause","location","message"}]}}. The gazetteer and the
 * layers (for NUM003) are those of the plan's package ({@link PlanPackages#forPath}): the package
 * folder given, or the folder holding the document. Rule families add themselves to {@link #rules}.
 */
final class LintCommand {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LintCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, InputRejectedException {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException("lint 需要且只需要一个文件或规划文件夹 / lint takes exactly one PATH");
        }
        Path path = Path.of(args.get(0));
        Path document = PlanSource.of(path).document();
        Outline outline = OutlineReader.read(document);
        List<Finding> findings = new PlanLint(rules(PlanPackages.located().forPath(path))).check(outline.clauses());
        Console.line(out, render(findings));
        return Main.OK;
    }

    static List<LintRule> rules(PlanPackage plan) {
        List<LintRule> rules = new ArrayList<>(EntityRules.all(plan.linker()));
        rules.addAll(NumericRules.forPackage(plan));
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
