package org.plantrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plantrace.application.checklist.ChecklistNotFoundException;
import org.plantrace.application.checklist.ChecklistService;
import org.plantrace.conformance.ConformanceReviewer;
import org.plantrace.conformance.Review;
import org.plantrace.conformance.ReviewRules;
import org.plantrace.conformance.Submission;
import org.plantrace.conformance.TownshipText;
import org.plantrace.conformance.output.ReviewCsv;
import org.plantrace.conformance.output.ReviewDocx;
import org.plantrace.conformance.output.ReviewPdf;
import org.plantrace.conformance.output.ReviewFormat;
import org.plantrace.conformance.output.ReviewJson;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * {@code review FILE --township NAME [--data DIR] [--county CODE] [--format json|csv|docx|pdf] [--out PATH] [--reviewer NAME]
 * [--base-url URL]}:
 * reviews a township plan file against the checklist the current published county version binds
 * the township to. Stores nothing: the database is only read. JSON goes to stdout unless
 * {@code --out} names a file; CSV and the 审查意见书 (Word, PDF) go to {@code --out} or
 * {@code ./<乡镇>-审查意见-县级第N版.csv|docx|pdf}.
 * Exit 0 whatever the verdicts; 2 with one line for a file that is not a township plan (empty, not a
 * plan, English, the county plan itself), a township the county plan does not bind, or no published
 * county version.
 */
final class ReviewCommand {
    private ReviewCommand() {
    }

    private record Request(Path file, String township, String dataDir, String county, ReviewFormat format, String out,
            String reviewer, org.plantrace.citation.ClauseAddresses addresses) {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        Request r = parse(args);
        return Store.<Exception>withSpatial(r.dataDir(), (data, repository, spatial) -> {
            ChecklistService service = new ChecklistService(repository, spatial);
            String plan = ChecklistCommand.planCode(repository, r.county());
            PlanVersion county;
            try {
                county = service.version(Actor.ANONYMOUS, plan, ChecklistService.LATEST);
            } catch (ChecklistNotFoundException e) {
                throw new InputRejectedException("--data", "县级规划 " + plan + " 还没有已发布的版本，无法审查；请先用 plantrace ingest --publish 发布"
                        + " / the county plan has no published version");
            }
            Optional<Target> target = service.findTarget(Actor.ANONYMOUS, plan, ChecklistService.LATEST, TargetKind.TOWNSHIP, r.township());
            if (target.isEmpty()) {
                List<String> valid = service.targets(Actor.ANONYMOUS, plan, ChecklistService.LATEST).stream()
                        .filter(t -> t.kind() == TargetKind.TOWNSHIP).map(Target::name).toList();
                throw new InputRejectedException(r.township(), "不是县级规划第 " + county.number() + " 版所辖的乡镇（地名表中没有）；可选："
                        + (valid.isEmpty() ? "（无）" : String.join("、", valid)) + " / not a township of the county plan");
            }
            Outline outline = PlanReaders.read(r.file());
            List<Clause> clauses = outline.clauses();
            ClauseTree.assignPathIds(clauses);
            String stem = r.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            // the text reader names a plan after its file; the plan's own title line is better then
            String title = outline.title() == null || outline.title().isBlank() || outline.title().equals(stem)
                    ? TownshipText.title(stem, clauses) : outline.title();
            Submission.check(r.file().toString(), title, clauses, county);
            ConformanceReviewer reviewer = new ConformanceReviewer(ReviewRules.standard(), PlanPackages.located().linker(plan).gazetteer());
            Review review = reviewer.review(service.derive(Actor.ANONYMOUS, plan, county.number(), target.get()), county, clauses, title);
            emit(review, r, out);
            return Main.OK;
        });
    }

    private static void emit(Review review, Request r, PrintStream out) throws IOException {
        if (r.out() == null && r.format() == ReviewFormat.JSON) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            ReviewJson.write(review, json);
            Console.line(out, json.toString(StandardCharsets.UTF_8));
            return;
        }
        Path file = r.out() != null ? Path.of(r.out())
                : Path.of(review.township() + "-审查意见-县级第" + review.countyVersion() + "版." + r.format().extension());
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = Files.createTempFile(parent, ".review-", ".part");
        try {
            try (OutputStream o = Files.newOutputStream(part)) {
                switch (r.format()) {
                    case JSON -> ReviewJson.write(review, o);
                    case CSV -> ReviewCsv.write(review, o);
                    case DOCX -> ReviewDocx.standard().write(review, r.reviewer(), Instant.now(), r.addresses(), o);
                    case PDF -> ReviewPdf.write(review, r.reviewer(), Instant.now(), r.addresses(), o);
                }
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        Console.line(out, "已生成 / written: " + file + "（" + review.findings().size() + " 条审查意见，建议结论：" + review.conclusion() + "）");
    }

    static Request parse(List<String> args) throws UsageException {
        Path file = null;
        String township = null;
        String dataDir = null;
        String county = null;
        ReviewFormat format = ReviewFormat.JSON;
        String out = null;
        String reviewer = "命令行";
        String baseUrl = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--township" -> township = value(args, ++i, "--township 后面需要乡镇名称 / --township needs a NAME");
                case "--data" -> dataDir = value(args, ++i, "--data 后面需要一个目录 / --data needs a DIR");
                case "--county" -> county = value(args, ++i, "--county 后面需要县级规划编码 / --county needs a CODE");
                case "--out" -> out = value(args, ++i, "--out 后面需要文件 / --out needs a PATH");
                case BaseUrlOption.NAME -> baseUrl = value(args, ++i, "--base-url 后面需要网址 / --base-url needs a URL");
                case "--reviewer" -> reviewer = value(args, ++i, "--reviewer 后面需要审查人姓名 / --reviewer needs a NAME");
                case "--format" -> {
                    String f = value(args, ++i, "--format 后面需要 json、csv、docx 或 pdf / --format needs json|csv|docx|pdf");
                    format = ReviewFormat.of(f).orElseThrow(() -> new UsageException(
                            "--format 只能是 json、csv、docx 或 pdf / --format must be json, csv, docx or pdf: " + f));
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        throw new UsageException("review 不认识 / review does not take: " + arg);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new UsageException("review 需要乡镇规划文件 / review needs a FILE");
        }
        if (township == null || township.isBlank()) {
            throw new UsageException("review 需要 --township NAME / review needs --township NAME");
        }
        return new Request(file, township.strip(), dataDir, county, format, out, reviewer, BaseUrlOption.addresses(baseUrl));
    }

    private static String value(List<String> args, int i, String missing) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(missing);
        }
        return args.get(i);
    }
}
