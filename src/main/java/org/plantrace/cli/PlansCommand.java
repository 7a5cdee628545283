package org.plantrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanChain;
import org.plantrace.domain.plan.PlanRepository;

/**
 * {@code plans [--data DIR]}: every stored plan, in chain order (each plan followed by the plans
 * it transmits to), as
 * {@code {"plans":[{"code","title","level","parent","township","versions":[{"number","status"}]}]}};
 * {@code parent} and {@code township} are null for a plan at the top of its chain.
 */
final class PlansCommand {
    private PlansCommand() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException {
        String dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data") && i + 1 < args.size()) {
                dataDir = args.get(++i);
            } else {
                throw new UsageException("plans 只接受 --data DIR / plans takes only --data DIR: " + args.get(i));
            }
        }
        return Store.<RuntimeException>with(dataDir, (data, repository) -> {
            Console.line(out, json(repository));
            return Main.OK;
        });
    }

    static String json(PlanRepository repository) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode plans = root.putArray("plans");
        for (PlanChain.Node node : PlanChain.of(repository.plans()).inOrder()) {
            Plan p = node.plan();
            ObjectNode row = plans.addObject();
            row.put("code", p.code());
            row.put("title", p.name());
            row.put("level", p.level().code());
            row.put("parent", p.parent());
            row.put("township", p.jurisdiction() == null ? null : p.township());
            ArrayNode versions = row.putArray("versions");
            repository.versionSummaries(p.code()).forEach(v -> versions.addObject().put("number", v.number())
                    .put("status", v.status().name().toLowerCase()));
        }
        return root.toString();
    }
}
