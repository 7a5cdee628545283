package org.plantrace.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.planpackage.PlanPackages;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.ingest.rendition.DocxRendition;
import org.plantrace.search.SeedPlan;
import org.plantrace.transmission.RuleBasedChecklists;
import org.plantrace.transmission.Target;
import org.plantrace.transmission.TargetKind;

/**
 * The invented township plans of {@code src/test/resources/review/} (labelled as invented test
 * samples in their first lines), their expected verdicts ({@code expected.tsv}), and a review of
 * one of them against the Hunyuan seed's checklist — read from text, or from a Word file written
 * from the same clause tree (the path every uploaded .docx takes).
 */
public final class ReviewSamples {
    public static final Path FOLDER = Path.of("src/test/resources/review");

    /** A sample: township, file name. */
    public record Sample(String township, String file) {
    }

    public static final List<Sample> SAMPLES = List.of(new Sample("王庄堡镇", "wangzhuangbao.txt"), new Sample("永安镇", "yongan.txt"),
            new Sample("东坊城乡", "dongfangcheng.txt"));

    /** One row of expected.tsv. */
    public record Expected(String township, String rule, String requirement, String verdict, String note) {
    }

    private static RuleBasedChecklists checklists;
    private static ConformanceReviewer reviewer;

    private ReviewSamples() {
    }

    public static synchronized RuleBasedChecklists checklists() {
        if (checklists == null) {
            checklists = RuleBasedChecklists.standard();
        }
        return checklists;
    }

    public static synchronized ConformanceReviewer reviewer() {
        if (reviewer == null) {
            reviewer = new ConformanceReviewer(ReviewRules.standard(), PlanPackages.located().linker(SeedPlan.PLAN.code()).gazetteer());
        }
        return reviewer;
    }

    public static PlanVersion county() {
        return SeedPlan.version(1, VersionStatus.PUBLISHED);
    }

    public static Review review(String township, Path file) throws Exception {
        Outline outline = PlanReaders.read(file);
        List<Clause> clauses = outline.clauses();
        ClauseTree.assignPathIds(clauses);
        PlanVersion county = county();
        return reviewer().review(checklists().derive(county, new Target(TargetKind.TOWNSHIP, township)), county, clauses,
                outline.title());
    }

    /** The sample's text written as a Word document (headings, list numbers and body paragraphs as Word has them). */
    public static Path asWord(Sample s, Path dir) throws Exception {
        Outline outline = PlanReaders.read(FOLDER.resolve(s.file()));
        Path docx = dir.resolve(s.file().replace(".txt", ".docx"));
        DocxRendition.write(outline.title(), outline.clauses(), docx);
        return docx;
    }

    /** Written before the engine ever ran on it; the rules were not tuned on it. */
    public static final List<Sample> HOLDOUT = List.of(new Sample("千佛岭乡", "qianfoling-holdout.txt"));

    public static List<Expected> expected() throws IOException {
        return expected("expected.tsv");
    }

    public static List<Expected> expected(String file) throws IOException {
        List<Expected> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Expected(f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
        }
        return out;
    }
}
