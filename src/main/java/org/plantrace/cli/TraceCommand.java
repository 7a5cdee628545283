package org.plantrace.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.plantrace.application.trace.TownshipTrace;
import org.plantrace.application.trace.TraceMatrix;
import org.plantrace.application.trace.TraceService;
import org.plantrace.application.trace.output.TraceCsv;
import org.plantrace.application.trace.output.TraceJson;
import org.plantrace.application.trace.output.TraceXlsx;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.transmission.RuleBasedChecklists;

/**
 * {@code trace [--township NAME] [--data DIR] [--county CODE] [--format json|csv|xlsx] [--out PATH]}:
 * the traceability matrix of the county plan's current published version — county clauses the
 * township checklists draw from × townships, each cell with the engine's verdict on the township
 * plan's newest stored version (自动判定（未经审查确认）) or 无下级规划 — and each township's coverage.
 * JSON goes to stdout unless {@code --out} names a file; CSV and XLSX go to {@code --out} or
 * {@code ./追溯矩阵-县级第N版.csv|xlsx}. Reads only.
 */
final class TraceCommand {
    private TraceCommand() {
    }

    private record Request(String township, String dataDir, String county, String format, String out) {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        Request r = parse(args);
        return Store.<Exception>withReviewsExisting(r.dataDir(), (data, repository, reviewed, spatial) -> {
            String code = countyCode(repository, r.county());
            TraceService service = service(repository, code, reviewed, spatial);
            PlanVersion county = service.county(code);
            List<TownshipTrace> townships = service.townships(county, r.township());
            TraceMatrix matrix = service.matrix(county, townships);
            if (r.out() == null && r.format().equals("json")) {
                Console.line(out, TraceJson.matrix(matrix));
                return Main.OK;
            }
            Path file = Path.of(r.out() != null ? r.out() : "追溯矩阵-县级第" + county.number() + "版." + r.format());
            write(matrix, r.format(), file);
            Console.line(out, "已生成 / written: " + file + "（" + matrix.rows().size() + " 条县级条款 × "
                    + matrix.townships().size() + " 个乡镇）");
            return Main.OK;
        });
    }

    /** The trace of the county: checklists derived with the store's spatial engine ({@code spatial}: PostGIS or JTS). */
    static TraceService service(PlanRepository repository, String county,
            org.plantrace.application.trace.ReviewedVerdicts reviewed, org.plantrace.spatial.engine.SpatialEngine spatial) {
        return new TraceService(repository, RuleBasedChecklists.standard(spatial), ReviewRules.standard(),
                PlanPackages.located().linker(county).gazetteer(), reviewed);
    }

    /** Written beside the target and moved into place, so a failure never leaves half a file. */
    private static void write(TraceMatrix matrix, String format, Path file) throws java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = Files.createTempFile(parent, ".trace-", ".part");
        try {
            try (OutputStream o = Files.newOutputStream(part)) {
                switch (format) {
                    case "csv" -> TraceCsv.write(matrix, o);
                    case "xlsx" -> TraceXlsx.write(matrix, o);
                    default -> o.write(TraceJson.matrix(matrix).getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** --county, else the one plan at the top of a chain (township plans sit under it). */
    static String countyCode(PlanRepository repository, String requested) throws InputRejectedException {
        List<String> top = repository.plans().stream().filter(p -> p.parent() == null).map(Plan::code).toList();
        if (requested != null) {
            if (!top.contains(requested)) {
                throw new InputRejectedException(requested, "不是数据库中的县级规划；可选：" + (top.isEmpty() ? "（无）" : String.join("、", top)));
            }
            return requested;
        }
        if (top.isEmpty()) {
            throw new InputRejectedException("--data", "数据库中还没有规划；请先用 plantrace ingest 导入县级国土空间总体规划");
        }
        if (top.size() > 1) {
            throw new InputRejectedException("--county", "数据库中有多个县级规划，请用 --county 指定其一：" + String.join("、", top));
        }
        return top.get(0);
    }

    static Request parse(List<String> args) throws UsageException {
        String township = null;
        String dataDir = null;
        String county = null;
        String format = "json";
        String out = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--township" -> township = value(args, ++i, "--township 后面需要乡镇名称 / --township needs a NAME");
                case "--data" -> dataDir = value(args, ++i, "--data 后面需要一个目录 / --data needs a DIR");
                case "--county" -> county = value(args, ++i, "--county 后面需要县级规划编码 / --county needs a CODE");
                case "--out" -> out = value(args, ++i, "--out 后面需要文件 / --out needs a PATH");
                case "--format" -> {
                    format = value(args, ++i, "--format 后面需要 json、csv 或 xlsx / --format needs json|csv|xlsx");
                    if (!List.of("json", "csv", "xlsx").contains(format)) {
                        throw new UsageException("--format 只能是 json、csv 或 xlsx / --format must be json, csv or xlsx: " + format);
                    }
                }
                default -> throw new UsageException("trace 不认识 / trace does not take: " + arg);
            }
        }
        if (township != null && township.isBlank()) {
            throw new UsageException("--township 的乡镇名称为空 / the township NAME is empty");
        }
        return new Request(township, dataDir, county, format, out);
    }

    static String value(List<String> args, int i, String missing) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(missing);
        }
        return args.get(i);
    }
}
