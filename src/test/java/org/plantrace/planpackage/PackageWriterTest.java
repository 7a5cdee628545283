package org.plantrace.planpackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.PlanSource;
import org.plantrace.domain.plan.PlanLevel;
import org.plantrace.extract.entity.Entity;
import org.plantrace.ingest.InputRejectedException;

/** A package written for a plan brought in is found beside the corpus, under its parent; bad codes store nothing. */
class PackageWriterTest {
    @TempDir
    Path corpus;
    @TempDir
    Path data;

    @Test
    void aWrittenTownshipPackageIsFoundUnderItsCountyAndInheritsItsGazetteer() throws Exception {
        Path county = Files.createDirectories(corpus.resolve("county"));
        Files.writeString(county.resolve("plan.properties"), "code=c\ndocument=c.txt\n");
        Files.writeString(county.resolve("gazetteer.tsv"), PlanPackagesTest.HEADER + "t-a\t甲镇\ttown\t\t\t\tL1\n");
        PlanPackage parent = PlanPackages.discover(List.of(corpus)).byCode("c").orElseThrow();
        Path upload = Files.writeString(data.resolve("甲镇规划.txt"), "甲镇国土空间总体规划\n第一章 总则\n");

        PlanPackage written = PackageWriter.write(data.resolve("plans"), "c-jia", upload, parent,
                Map.of("name", "甲镇国土空间总体规划", "level", "TOWNSHIP"), "Uploaded by drafter1, 2026-12-06, from 甲镇规划.txt.");

        assertEquals("c", written.parent().orElseThrow().code());
        assertTrue(Files.readString(written.notesOfOrigin().orElseThrow()).contains("drafter1"));
        PlanPackage found = PlanPackages.discover(List.of(corpus, data.resolve("plans"))).byCode("c-jia").orElseThrow();
        assertEquals("c", found.parent().orElseThrow().code());
        assertEquals(List.of("t-a"), found.gazetteer().entities().stream().map(Entity::id).toList());
        PlanSource source = PlanSource.of(found.folder().orElseThrow());
        assertEquals("c-jia", source.code());
        assertEquals(found.document().orElseThrow(), source.document());
        assertEquals("甲镇国土空间总体规划\n第一章 总则\n", Files.readString(source.document()));
        assertEquals(PlanLevel.TOWNSHIP, source.plan(org.plantrace.application.OutlineReader.read(source.document()),
                java.util.Optional.empty()).level());
    }

    @Test
    void anUnusableOrTakenCodeIsRefusedAndNothingIsLeftBehind() throws Exception {
        Path upload = Files.writeString(data.resolve("plan.txt"), "规划\n");
        Path root = data.resolve("plans");
        for (String bad : new String[] {"../escape", "a/b", "", "-x", ".hidden"}) {
            InputRejectedException e = assertThrows(InputRejectedException.class,
                    () -> PackageWriter.write(root, bad, upload, null, Map.of(), "test"));
            assertTrue(e.getMessage().contains("规划代码"), e.getMessage());
        }
        PackageWriter.write(root, "p1", upload, null, Map.of(), "test");
        InputRejectedException taken = assertThrows(InputRejectedException.class,
                () -> PackageWriter.write(root, "p1", upload, null, Map.of(), "test"));
        assertTrue(taken.getMessage().contains("已有同名"), taken.getMessage());
        assertThrows(InputRejectedException.class, () -> PackageWriter.write(root, "p2", data.resolve("missing.txt"), null,
                Map.of(), "test"));
        try (var s = Files.list(root)) {
            assertEquals(List.of("p1"), s.map(p -> p.getFileName().toString()).toList(), "no half-written package");
        }
        assertTrue(Files.notExists(data.resolve("escape")));
    }
}
