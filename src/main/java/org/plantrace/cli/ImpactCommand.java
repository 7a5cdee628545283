package org.plantrace.cli;

import java.io.PrintStream;
import java.util.List;
import org.plantrace.application.trace.Impact;
import org.plantrace.application.trace.TraceService;
import org.plantrace.application.trace.output.TraceJson;
import org.plantrace.domain.plan.PlanVersion;

/**
 * {@code impact UID [--data DIR] [--county CODE]}: what a change to the county clause with durable id
 * UID (in the current published version) touches — the townships whose checklist items come from it,
 * those items with the engine's verdict, and the township plan clauses that carry them — as JSON.
 * An unknown UID exits 2.
 */
final class ImpactCommand {
    private ImpactCommand() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        String uid = null;
        String dataDir = null;
        String countyCode = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--data" -> dataDir = TraceCommand.value(args, ++i, "--data 后面需要一个目录 / --data needs a DIR");
                case "--county" -> countyCode = TraceCommand.value(args, ++i, "--county 后面需要县级规划编码 / --county needs a CODE");
                default -> {
                    if (arg.startsWith("--") || uid != null) {
                        throw new UsageException("impact 不认识 / impact does not take: " + arg);
                    }
                    uid = arg.strip();
                }
            }
        }
        if (uid == null || uid.isEmpty()) {
            throw new UsageException("impact 需要县级条款编号 UID / impact needs a clause UID");
        }
        String wanted = uid;
        String requested = countyCode;
        return Store.<Exception>withReviewsExisting(dataDir, (data, repository, reviewed, spatial) -> {
            String code = TraceCommand.countyCode(repository, requested);
            TraceService service = TraceCommand.service(repository, code, reviewed, spatial);
            PlanVersion county = service.county(code);
            Impact impact = service.impact(county, wanted, service.townships(county, null));
            Console.line(out, TraceJson.impact(impact));
            return Main.OK;
        });
    }
}
