package org.plantrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plantrace.application.checklist.ChecklistService;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Role;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanRepository;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;
import org.plantrace.transmission.output.ChecklistFormat;
import org.plantrace.transmission.output.ChecklistWriter;

/**
 * {@code checklist (--township NAME | --unit NAME | --all) [--format json|docx|pdf] [--out PATH]
 * [--data DIR] [--plan CODE] [--version N] [--drafts] [--base-url URL]}: the transmission checklist of one township or
 * detailed-plan unit, or of every one. One target: JSON goes to stdout unless {@code --out} names a
 * file or folder; Word and PDF go to {@code --out} or to {@code ./<name>-传导清单-第N版.<ext>}.
 * {@code --all} writes one file per target into the {@code --out} folder (default {@code ./checklists}).
 *
 * <p>The command reads as the public does (published versions) unless {@code --drafts} is given:
 * whoever runs it holds the database, so reading drafts is theirs to choose, and the reader is then
 * a local reviewer (read-only). An unknown name, plan or version exits 2 with one line that lists
 * what there is.
 */
final class ChecklistCommand {
    static final Actor LOCAL_REVIEWER = Actor.of("命令行", Role.REVIEWER);

    private ChecklistCommand() {
    }

    private record Request(TargetKind kind, String name, boolean all, ChecklistFormat format, String out,
            String dataDir, String plan, int version, boolean drafts, org.plantrace.citation.ClauseAddresses addresses) {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        Request r = parse(args);
        Actor actor = r.drafts() ? LOCAL_REVIEWER : Actor.ANONYMOUS;
        try {
            return produce(r, actor, out);
        } catch (AccessDeniedException e) {
            throw new InputRejectedException("--version " + r.version(),
                    "是草案或审查中的版本，公众不可见；要读取草案请加 --drafts / a draft: add --drafts to read drafts");
        }
    }

    private static int produce(Request r, Actor actor, PrintStream out) throws Exception {
        return Store.<Exception>withSpatialExisting(r.dataDir(), (data, repository, spatial) -> {
            ChecklistService service = new ChecklistService(repository, spatial);
            String plan = planCode(repository, r.plan());
            if (r.all()) {
                return writeAll(service, actor, plan, r, out);
            }
            Optional<Target> target = service.findTarget(actor, plan, r.version(), r.kind(), r.name());
            if (target.isEmpty()) {
                List<String> valid = service.targets(actor, plan, r.version()).stream()
                        .filter(t -> t.kind() == r.kind()).map(Target::name).toList();
                if (valid.isEmpty() && org.plantrace.planpackage.PlanPackages.located().byCode(plan).isEmpty()) {
                    // the townships come from the plan's package (its gazetteer), not from the database
                    throw new InputRejectedException(plan, "找不到该规划的资料包（含地名表 gazetteer.tsv），无法确定其乡镇；"
                            + "请在项目目录下运行，或用 -Dplantrace.corpus=… 指明 corpus 目录 / the plan's package was not found");
                }
                throw new InputRejectedException(r.name(), "不是本规划的" + (r.kind() == TargetKind.TOWNSHIP ? "乡镇" : "详规单元")
                        + "；可选：" + (valid.isEmpty() ? "（无）" : String.join("、", valid)));
            }
            Checklist checklist = service.derive(actor, plan, r.version(), target.get());
            ChecklistWriter writer = ChecklistWriter.standard();
            if (r.out() == null && r.format() == ChecklistFormat.JSON) {
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                writer.write(checklist, r.format(), json);
                Console.line(out, json.toString(java.nio.charset.StandardCharsets.UTF_8));
                return Main.OK;
            }
            Path file = r.out() == null ? Path.of(ChecklistWriter.fileName(checklist, r.format()))
                    : Files.isDirectory(Path.of(r.out())) ? Path.of(r.out()).resolve(ChecklistWriter.fileName(checklist, r.format()))
                    : Path.of(r.out());
            write(writer, checklist, r.format(), r.addresses(), file);
            Console.line(out, "已生成 / written: " + file + "（" + checklist.items().size() + " 项）");
            return Main.OK;
        });
    }

    private static int writeAll(ChecklistService service, Actor actor, String plan, Request r, PrintStream out)
            throws IOException, InputRejectedException {
        Path dir = Path.of(r.out() == null ? "checklists" : r.out());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputRejectedException(dir.toString(), "--all 需要一个文件夹，这里是一个文件；请换一个 --out 目录");
        }
        Files.createDirectories(dir);
        ChecklistWriter writer = ChecklistWriter.standard();
        List<Checklist> all = service.deriveAll(actor, plan, r.version());
        int items = 0;
        for (Checklist c : all) {
            write(writer, c, r.format(), r.addresses(), dir.resolve(ChecklistWriter.fileName(c, r.format())));
            items += c.items().size();
        }
        Console.line(out, "已生成 / written: " + all.size() + " 个文件 files, " + items + " 项 items → " + dir);
        return Main.OK;
    }

    /** Written beside the target and moved into place, so a failure never leaves half a file. */
    private static void write(ChecklistWriter writer, Checklist c, ChecklistFormat format,
            org.plantrace.citation.ClauseAddresses addresses, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = Files.createTempFile(parent, ".checklist-", ".part");
        try {
            try (OutputStream o = Files.newOutputStream(part)) {
                writer.write(c, format, addresses, o);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** --plan, else the one plan in the database; several plans need --plan. */
    static String planCode(PlanRepository repository, String requested) throws InputRejectedException {
        List<String> codes = repository.plans().stream().map(Plan::code).toList();
        if (requested != null) {
            if (!codes.contains(requested)) {
                throw new InputRejectedException(requested, "数据库中没有这个规划；可选：" + listOrNone(codes));
            }
            return requested;
        }
        if (codes.isEmpty()) {
            throw new InputRejectedException("--data", "数据库中还没有规划；请先用 plantrace ingest 导入县级国土空间总体规划");
        }
        // by default the plan that transmits: a top plan; township plans stored under it do not count
        List<String> tops = repository.plans().stream().filter(p -> p.parent() == null).map(Plan::code).toList();
        if (tops.size() != 1) {
            throw new InputRejectedException("--plan", "数据库中有多个上级规划，请用 --plan 指定其一：" + listOrNone(tops));
        }
        return tops.get(0);
    }

    private static String listOrNone(List<String> names) {
        return names.isEmpty() ? "（无）" : names.stream().collect(Collectors.joining("、"));
    }

    static Request parse(List<String> args) throws UsageException {
        TargetKind kind = null;
        String name = null;
        boolean all = false;
        ChecklistFormat format = ChecklistFormat.JSON;
        String out = null;
        String dataDir = null;
        String plan = null;
        int version = ChecklistService.LATEST;
        boolean drafts = false;
        String baseUrl = null;
        int chosen = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--township" -> {
                    kind = TargetKind.TOWNSHIP;
                    name = value(args, ++i, "--township 后面需要乡镇名称 / --township needs a NAME");
                    chosen++;
                }
                case "--unit" -> {
                    kind = TargetKind.UNIT;
                    name = value(args, ++i, "--unit 后面需要详规单元名称 / --unit needs a NAME");
                    chosen++;
                }
                case "--all" -> {
                    all = true;
                    chosen++;
                }
                case "--format" -> {
                    String f = value(args, ++i, "--format 后面需要 json、docx 或 pdf / --format needs json|docx|pdf");
                    format = ChecklistFormat.of(f).orElseThrow(() -> new UsageException(
                            "--format 只能是 json、docx 或 pdf / --format must be json, docx or pdf: " + f));
                }
                case "--out" -> out = value(args, ++i, "--out 后面需要文件或文件夹 / --out needs a PATH");
                case "--data" -> dataDir = value(args, ++i, "--data 后面需要一个目录 / --data needs a DIR");
                case "--plan" -> plan = value(args, ++i, "--plan 后面需要规划编码 / --plan needs a CODE");
                case "--version" -> {
                    String n = value(args, ++i, "--version 后面需要版本号 / --version needs N");
                    try {
                        version = Integer.parseInt(n);
                    } catch (NumberFormatException e) {
                        version = -1;
                    }
                    if (version <= 0) {
                        throw new UsageException("--version 应为正整数 / --version needs a positive number: " + n);
                    }
                }
                case "--drafts" -> drafts = true;
                case BaseUrlOption.NAME -> baseUrl = value(args, ++i, "--base-url 后面需要网址 / --base-url needs a URL");
                default -> throw new UsageException("checklist 不认识 / checklist does not take: " + arg);
            }
        }
        if (chosen != 1) {
            throw new UsageException("checklist 需要且只需要 --township NAME、--unit NAME 或 --all 之一"
                    + " / checklist needs exactly one of --township NAME, --unit NAME, --all");
        }
        if (name != null && name.isBlank()) {
            throw new UsageException("名称不能为空 / the NAME is empty");
        }
        return new Request(kind, name, all, format, out, dataDir, plan, version, drafts, BaseUrlOption.addresses(baseUrl));
    }

    private static String value(List<String> args, int i, String missing) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(missing);
        }
        return args.get(i);
    }
}
