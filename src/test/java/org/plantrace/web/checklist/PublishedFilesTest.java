package org.plantrace.web.checklist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plantrace.transmission.TargetKind;
import org.plantrace.transmission.output.ChecklistFormat;

/** A published checklist file asked for by many readers at once is written once; the others wait for it. */
class PublishedFilesTest {
    @TempDir
    Path tmp;

    @Test
    void eightFirstRequestsAtOnceWriteTheFileOnce() throws Exception {
        PublishedFiles files = new PublishedFiles(tmp);
        AtomicInteger writes = new AtomicInteger();
        byte[] body = "清单".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Path>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return files.file("plan-a", 1, TargetKind.TOWNSHIP, "王庄堡镇", ChecklistFormat.DOCX, () -> {
                        writes.incrementAndGet();
                        try {
                            Thread.sleep(200); // a Word file takes a while: long enough for the others to arrive
                        } catch (InterruptedException e) {
                            throw new java.io.IOException(e);
                        }
                        return body;
                    });
                }));
            }
            start.countDown();
            Path first = got.get(0).get();
            for (Future<Path> f : got) {
                assertEquals(first, f.get());
            }
            assertEquals(1, writes.get(), "one writer, seven readers waiting for it");
            assertArrayEquals(body, Files.readAllBytes(first));
        } finally {
            pool.shutdownNow();
        }
    }
}
