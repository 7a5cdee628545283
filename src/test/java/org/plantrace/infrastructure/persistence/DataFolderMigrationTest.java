package org.plantrace.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.plan.Jurisdiction;
import org.plantrace.domain.plan.Plan;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.infrastructure.DataDirectory;

/**
 * A data folder written by the release before the plan chain (see
 * src/test/resources/migration/release-e5bf849/SOURCE.md) opens with the current code: the PLAN
 * table gains the chain's columns, the old plan reads as a county plan without a parent, and a
 * lower plan can be stored under it and read back after a restart.
 */
class DataFolderMigrationTest {
    static final String OLD_PLAN = "sample-county-2021-2035";

    @TempDir
    Path dir;

    @Test
    void oldDataFolderOpensAndIsMigrated() throws Exception {
        DataDirectory data = DataDirectory.at(dir);
        Files.createDirectories(data.database().getParent());
        try (InputStream in = getClass().getResourceAsStream("/migration/release-e5bf849/db/plantrace.mv.db")) {
            Files.copy(in, data.database().getParent().resolve("plantrace.mv.db"));
        }
        assertFalse(columns(data).contains("PARENT_CODE"), "the fixture must have the old schema");

        EntityManagerFactory factory = open(data);
        try {
            JpaPlanRepository repository = new JpaPlanRepository(factory);
            Plan old = repository.plan(OLD_PLAN).orElseThrow();
            assertEquals(PlanLevel.COUNTY, old.level());
            assertNull(old.parent());
            assertNull(old.jurisdiction());
            PlanVersion published = repository.latestPublished(OLD_PLAN).orElseThrow();
            assertEquals(1, published.number());
            assertEquals(List.of("", "总则", "国土空间格局"), published.clauses().stream().map(Clause::heading).toList());

            Plan township = new Plan(OLD_PLAN + "--jia", "示例县甲镇国土空间总体规划（2021—2035年）", PlanLevel.TOWNSHIP,
                    "甲镇", 2021, 2035, OLD_PLAN, new Jurisdiction("甲镇", "tw-jia", ""));
            Clause chapter = new Clause(ClauseKind.CHAPTER, "第一章", "总则");
            chapter.setUid("cjia00001");
            ClauseTree.assignPathIds(List.of(chapter));
            repository.store(new PlanVersion(township, 0, VersionStatus.DRAFT, Instant.now(), null, "jia.txt",
                    List.of(chapter)));
        } finally {
            factory.close();
        }
        assertTrue(columns(data).containsAll(Set.of("PARENT_CODE", "JURISDICTION", "JURISDICTION_ENTITY", "ADMIN_CODE")));

        factory = open(data);
        try {
            JpaPlanRepository repository = new JpaPlanRepository(factory);
            Plan township = repository.plan(OLD_PLAN + "--jia").orElseThrow();
            assertEquals(OLD_PLAN, township.parent());
            assertEquals(new Jurisdiction("甲镇", "tw-jia", ""), township.jurisdiction());
            assertEquals(PlanLevel.TOWNSHIP, township.level());
            assertEquals(2, repository.plans().size());
            assertNull(repository.plan(OLD_PLAN).orElseThrow().parent());
        } finally {
            factory.close();
        }
    }

    private static EntityManagerFactory open(DataDirectory data) {
        return PlanTracePersistence.open(data, Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
    }

    private static Set<String> columns(DataDirectory data) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection(PlanTracePersistence.jdbcUrl(data), "sa", "");
                ResultSet rs = c.getMetaData().getColumns(null, null, "PLAN", null)) {
            while (rs.next()) {
                out.add(rs.getString("COLUMN_NAME"));
            }
        }
        return out;
    }
}
