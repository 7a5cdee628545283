package org.plantrace.infrastructure.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.chain.TownshipSamples;
import org.plantrace.cli.Main;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.DatabaseSettings;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;

/**
 * A whole H2 store (the county plan, a township plan under it, their links and audit) moves into an
 * empty PostgreSQL database with {@code copy-store}; every row compares equal (the command checks
 * it, and this test reads the plans back through the same repository on both sides); the PostgreSQL
 * store then takes new versions (its sequences were moved past the copied ids); a second copy into
 * the same database is refused; and the command line works on PostgreSQL by naming it in the data
 * folder's database.properties.
 */
class PostgresStoreTest {
    static final String HUNYUAN = "hunyuan-2021-2035";

    @TempDir
    Path tmp;

    @Test
    void aWholeStoreMovesIntoPostgresAndRunsThere() throws Exception {
        try (TestPostgres pg = TestPostgres.freshSchema()) {
            Path data = tmp.resolve("data");
            assertEquals(0, run("ingest", "corpus/hunyuan", "--data", data.toString(), "--publish").code);
            Path township = TownshipSamples.wangzhuangbaoText(tmp);
            assertEquals(0, run("ingest", township.toString(), "--parent", HUNYUAN, "--township", "王庄堡镇",
                    "--data", data.toString()).code);

            Result copy = run("copy-store", "--to", pg.url(), "--data", data.toString());
            assertEquals(0, copy.code, copy.err);
            assertTrue(copy.out.contains("逐行比较一致"), copy.out);
            assertTrue(copy.out.contains("CLAUSE："), copy.out);

            DatabaseSettings postgres = new DatabaseSettings(pg.url(), "", "");
            EntityManagerFactory h2 = PlanTracePersistence.open(DataDirectory.at(data), Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
            EntityManagerFactory pgf = PlanTracePersistence.open(postgres, Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
            try {
                JpaPlanRepository from = new JpaPlanRepository(h2);
                JpaPlanRepository to = new JpaPlanRepository(pgf);
                assertEquals(from.plans(), to.plans());
                for (Plan p : from.plans()) {
                    List<PlanVersion> a = from.versions(p.code());
                    List<PlanVersion> b = to.versions(p.code());
                    assertEquals(a.size(), b.size());
                    for (int i = 0; i < a.size(); i++) {
                        assertEquals(a.get(i).status(), b.get(i).status());
                        assertEquals(flat(a.get(i)), flat(b.get(i)), p.code() + " v" + a.get(i).number());
                    }
                }
                // the sequences were moved on: a new version stores without a key clash
                PlanVersion county = to.latestPublished(HUNYUAN).orElseThrow();
                PlanVersion next = to.store(new PlanVersion(county.plan(), 0, VersionStatus.DRAFT, county.createdAt(), null,
                        county.sourceName(), county.clauses()));
                assertEquals(county.number() + 1, next.number());
                assertEquals(flat(county), flat(to.latestVersion(HUNYUAN).orElseThrow()));
            } finally {
                h2.close();
                pgf.close();
            }

            Result again = run("copy-store", "--to", pg.url(), "--data", data.toString());
            assertEquals(2, again.code);
            assertTrue(again.err.contains("只能复制到空库"), again.err);

            // the command line on PostgreSQL, selected by the data folder's settings file
            Path other = tmp.resolve("pg-data");
            Files.createDirectories(other);
            Files.writeString(other.resolve(DatabaseSettings.FILE), "url=" + pg.url() + "\n", StandardCharsets.UTF_8);
            Result plans = run("plans", "--data", other.toString());
            assertEquals(0, plans.code, plans.err);
            assertTrue(plans.out.contains(HUNYUAN + "--tw-wangzhuangbao"), plans.out);
            assertTrue(plans.out.contains("\"number\":2,\"status\":\"draft\""), "the version stored on PostgreSQL: " + plans.out);
            assertFalse(Files.exists(other.resolve("db").resolve("plantrace.mv.db")), "no H2 file made beside the settings");
        }
    }

    private static List<String> flat(PlanVersion v) {
        return ClauseTree.flatten(v.clauses()).stream()
                .map(c -> c.uid() + "|" + c.eId() + "|" + c.num() + "|" + c.heading() + "|" + c.text() + "|" + c.mandatory()
                        + "|" + c.kind() + "|" + c.revision() + "|" + spans(c))
                .toList();
    }

    private static String spans(Clause c) {
        return String.valueOf(c.mandatorySpans());
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
