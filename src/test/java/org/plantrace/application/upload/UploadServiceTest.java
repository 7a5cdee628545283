package org.plantrace.application.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plantrace.application.review.SeedPlanStore.CODE;
import static org.plantrace.application.review.SeedPlanStore.DRAFTER;
import static org.plantrace.application.review.SeedPlanStore.DRAFTER2;
import static org.plantrace.application.review.SeedPlanStore.REVIEWER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.application.jobs.JobClaims;
import org.plantrace.infrastructure.persistence.JpaJobClaims;
import org.plantrace.application.review.SeedPlanStore;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.compare.ChangeKind;
import org.plantrace.domain.compare.ClauseChange;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;

/** Uploading a new whole text on the real seed: preview, confirm, cancel, and files that are refused. */
class UploadServiceTest {
    @TempDir
    Path tmp;
    SeedPlanStore store;
    Path work;
    /** Background reading, run when the test says so: lets a test look at the queued state. */
    final List<Runnable> queued = new ArrayList<>();
    UploadService uploads;

    @BeforeEach
    void open() throws Exception {
        store = new SeedPlanStore(tmp.resolve("data"));
        work = tmp.resolve("uploads");
        Executor later = queued::add;
        uploads = new UploadService(store.authoring, work, later, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aChangedTextIsPreviewedAgainstTheCurrentVersionAndStoredOnlyWhenConfirmed() throws Exception {
        String seed = Files.readString(SeedPlanStore.SEED_TEXT, StandardCharsets.UTF_8);
        String changed = seed.replace("规划形成“常规公交+旅游公交”的公共交通运输体系。",
                "规划形成“常规公交+旅游公交+定制公交”的公共交通运输体系。");
        UploadJob job = uploads.start(DRAFTER, CODE, "浑源县规划-修改稿.txt", utf8(changed));
        assertEquals(UploadStage.RECEIVED, job.stage());
        runQueued();

        assertEquals(UploadStage.READY, job.stage(), job.problem());
        assertEquals(1, job.preview().result().count(ChangeKind.TEXT_CHANGED));
        ClauseChange bus = job.preview().result().changes().get(0);
        assertEquals("公共交通", bus.newer().heading());
        assertEquals(SeedPlanStore.find(store.version(1), "公共交通").uid(), bus.uid(), "durable id carried over");
        assertEquals(1, store.versions().size(), "nothing stored by the preview");
        assertTrue(isEmpty(work), "the file is deleted once read");

        PlanVersion draft = uploads.confirm(DRAFTER, job.id());

        assertEquals(2, draft.number());
        assertEquals(VersionStatus.DRAFT, draft.status());
        assertEquals("浑源县规划-修改稿.txt", draft.sourceName());
        Clause stored = SeedPlanStore.find(store.version(2), "公共交通");
        assertEquals(bus.uid(), stored.uid());
        assertTrue(stored.text().contains("定制公交"));
        assertEquals(UploadStage.STORED, job.stage());
        assertThrows(UploadException.class, () -> uploads.confirm(DRAFTER, job.id()), "stored once");
    }

    @Test
    void aCancelledUploadStoresNothing() throws Exception {
        UploadJob job = uploads.start(DRAFTER, CODE, "plan.txt",
                Files.newInputStream(SeedPlanStore.SEED_TEXT));
        runQueued();
        assertEquals(UploadStage.READY, job.stage());
        assertTrue(job.preview().result().changes().isEmpty(), "the same text: no change");
        uploads.cancel(DRAFTER, job.id());
        assertThrows(UploadException.class, () -> uploads.confirm(DRAFTER, job.id()));
        assertEquals(1, store.versions().size());
    }

    @Test
    void aHostileWordFileFailsWithItsNameAndNothingIsStored() throws Exception {
        // a zip bomb named .docx: 50 MB of zeros in a few dozen KB, refused on its ratio
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
        }
        UploadJob job = uploads.start(DRAFTER, CODE, "炸弹.docx", new ByteArrayInputStream(bomb.toByteArray()));
        runQueued();
        assertEquals(UploadStage.FAILED, job.stage());
        assertTrue(job.problem().startsWith("炸弹.docx: ") && job.problem().contains("压缩炸弹"), job.problem());
        assertThrows(UploadException.class, () -> uploads.confirm(DRAFTER, job.id()));
        assertEquals(1, store.versions().size());
        assertTrue(isEmpty(work));
    }

    @Test
    void garbageAndWrongTypesAreRefusedNamingTheFile() throws Exception {
        UploadJob garbage = uploads.start(DRAFTER, CODE, "scan.pdf", new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6}));
        runQueued();
        assertEquals(UploadStage.FAILED, garbage.stage());
        assertTrue(garbage.problem().startsWith("scan.pdf: ") && garbage.problem().contains("PDF"), garbage.problem());

        UploadException exe = assertThrows(UploadException.class,
                () -> uploads.start(DRAFTER, CODE, "C:\\Users\\x\\setup.exe", utf8("MZ")));
        assertTrue(exe.getMessage().startsWith("setup.exe: "), exe.getMessage());
        assertThrows(UploadException.class, () -> uploads.start(DRAFTER, CODE, "../", utf8("x")));

        UploadJob empty = uploads.start(DRAFTER, CODE, "空白.txt", utf8("\n\n"));
        runQueued();
        assertEquals(UploadStage.FAILED, empty.stage());
        assertTrue(empty.problem().startsWith("空白.txt: "), empty.problem());
        assertEquals(1, store.versions().size());
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileItIsReceived() throws Exception {
        InputStream endless = new InputStream() {
            long left = UploadService.MAX_BYTES + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                left -= n;
                return n;
            }
        };
        UploadException e = assertThrows(UploadException.class, () -> uploads.start(DRAFTER, CODE, "巨大.txt", endless));
        assertTrue(e.getMessage().startsWith("巨大.txt: 文件过大"), e.getMessage());
        assertTrue(queued.isEmpty());
        assertTrue(isEmpty(work));
    }

    @Test
    void aPreviewOverTakenByAnEditIsNotStored() throws Exception {
        PlanVersion draft = store.authoring.openDraft(DRAFTER2, CODE);
        UploadJob job = uploads.start(DRAFTER, CODE, "plan.txt", Files.newInputStream(SeedPlanStore.SEED_TEXT));
        runQueued();
        assertEquals(draft.number(), job.preview().older().number(), "compared with the draft");
        Clause c = SeedPlanStore.find(draft, "货运交通");
        store.authoring.editClause(DRAFTER2, CODE, draft.number(), c.uid(), c.revision(), c.heading(), "改过的文本。");

        UploadException e = assertThrows(UploadException.class, () -> uploads.confirm(DRAFTER, job.id()));
        assertTrue(e.getMessage().contains("新的修改"), e.getMessage());
        assertEquals("改过的文本。", SeedPlanStore.find(store.version(draft.number()), "货运交通").text());
    }

    @Test
    void onlyDraftersUploadAndOnlyTheUploaderSeesTheUpload() throws Exception {
        assertThrows(AccessDeniedException.class, () -> uploads.start(REVIEWER, CODE, "plan.txt", utf8("x")));
        UploadJob job = uploads.start(DRAFTER, CODE, "plan.txt", Files.newInputStream(SeedPlanStore.SEED_TEXT));
        assertNotNull(uploads.job(DRAFTER, job.id()).orElse(null));
        assertFalse(uploads.job(DRAFTER2, job.id()).isPresent());
        assertThrows(UploadException.class, () -> uploads.confirm(DRAFTER2, job.id()));
        assertThrows(UploadException.class, () -> uploads.start(DRAFTER, "no-such-plan", "plan.txt", utf8("x")));
    }

    @Test
    void confirmationsIntoOnePlanAreClaimedOneAtATimeInTheDatabase() throws Exception {
        // two app nodes' upload services, claiming in the one database
        JobClaims claims = new JpaJobClaims(store.factory, Clock.systemUTC());
        UploadService onA = new UploadService(store.authoring, tmp.resolve("a"), queued::add, Clock.systemUTC(), claims);
        UploadService onB = new UploadService(store.authoring, tmp.resolve("b"), queued::add, Clock.systemUTC(), claims);
        String seed = Files.readString(SeedPlanStore.SEED_TEXT, StandardCharsets.UTF_8);
        String bus = "规划形成“常规公交+旅游公交”的公共交通运输体系。";
        UploadJob fromA = onA.start(DRAFTER, CODE, "甲.txt", utf8(seed.replace(bus, "规划形成“常规公交+定制公交”的公共交通运输体系。")));
        UploadJob fromB = onB.start(DRAFTER, CODE, "乙.txt", utf8(seed.replace(bus, "规划形成“常规公交+夜间公交”的公共交通运输体系。")));
        runQueued();
        assertEquals(UploadStage.READY, fromA.stage(), fromA.problem());
        assertEquals(UploadStage.READY, fromB.stage(), fromB.problem());

        JobClaims.Claim bConfirming = claims.claim(UploadService.CONFIRM_JOB, CODE).orElseThrow();
        UploadException busy = assertThrows(UploadException.class, () -> onA.confirm(DRAFTER, fromA.id()));
        assertTrue(busy.getMessage().startsWith("甲.txt: ") && busy.getMessage().contains("正在保存另一份上传"), busy.getMessage());
        assertEquals(1, store.versions().size(), "nothing stored while the plan is claimed");
        assertEquals(UploadStage.READY, fromA.stage(), "the upload can be confirmed later");
        claims.release(bConfirming);

        assertEquals(2, onA.confirm(DRAFTER, fromA.id()).number());
        UploadException stale = assertThrows(UploadException.class, () -> onB.confirm(DRAFTER, fromB.id()));
        assertTrue(stale.getMessage().contains("新的修改"), "the second confirmation sees the first one's draft: " + stale.getMessage());
        assertTrue(SeedPlanStore.find(store.version(2), "公共交通").text().contains("定制公交"), "the first confirmation's text stands");
        assertTrue(claims.holder(UploadService.CONFIRM_JOB, CODE).isEmpty(), "no claim left behind, refused or not");
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isEmpty(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.allMatch(p -> p.equals(dir) || Files.isDirectory(p));
        }
    }
}
