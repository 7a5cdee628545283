package org.plantrace.web.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.application.upload.UploadService;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.persistence.JpaJobClaims;

/**
 * Wires the upload service for the web app: uploaded files wait in the data directory's
 * {@code uploads/pending} folder, and one background thread reads them, at most a few queued
 * (on a 2-core server a second parse at once would only slow both down).
 */
@ApplicationScoped
public class UploadSetup {
    static final int QUEUE = 4;

    private final ExecutorService readers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "plantrace-upload-reader");
                t.setDaemon(true);
                return t;
            });

    @Produces
    @ApplicationScoped
    UploadService uploadService(AuthoringService authoring, EntityManagerFactory factory) {
        // confirmations are claimed per plan in the database, across app nodes
        return new UploadService(authoring, DataDirectory.fromEnvironment().uploads().resolve("pending"), readers,
                Clock.systemUTC(), new JpaJobClaims(factory, Clock.systemUTC()));
    }

    void close(@Disposes UploadService service) {
        readers.shutdownNow();
    }
}
