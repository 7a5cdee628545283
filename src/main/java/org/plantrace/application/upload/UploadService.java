package org.plantrace.application.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.io.file.PathUtils;
import org.plantrace.application.authoring.AuthoringException;
import org.plantrace.application.authoring.AuthoringService;
import org.plantrace.application.jobs.JobClaims;
import org.plantrace.application.compare.Comparison;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseTree;
import org.plantrace.domain.compare.VersionComparer;
import org.plantrace.domain.message.Message;
import org.plantrace.domain.plan.PlanVersion;
import org.plantrace.domain.plan.VersionStatus;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.ingest.Outline;
import org.plantrace.ingest.PlanReaders;
import org.plantrace.ingest.identity.DurableIds;

/**
 * Uploads of a whole new text. {@link #start} keeps the file in a folder of its own (under its own
 * name, so that every message names the drafter's file) and queues it; a background reader parses
 * it, carries durable ids over from the plan's newest version and compares the two. The drafter
 * then {@link #confirm confirms} (stored as the draft through {@link AuthoringService#storeDraft})
 * or {@link #cancel cancels}. Only the uploader sees an upload; a few are kept at a time, for an
 * hour at most, and their files are deleted when they end.
 */
public class UploadService {
    /** The most an upload may be: the readers' own limit for Word and PDF files. */
    public static final long MAX_BYTES = PlanReaders.MAX_BINARY_BYTES;
    static final int MAX_JOBS = 16;
    static final Duration KEEP = Duration.ofHours(1);
    /** The kind of job a confirmation claims, per plan ({@link JobClaims}). */
    public static final String CONFIRM_JOB = "upload-confirm";
    private static final Logger LOG = Logger.getLogger(UploadService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthoringService authoring;
    private Path workDir;
    private Executor readers;
    private Clock clock;
    private JobClaims claims;
    private final Map<String, UploadJob> jobs = new ConcurrentHashMap<>();
    private final VersionComparer comparer = new VersionComparer();

    /** For CDI's client proxy only. */
    protected UploadService() {
    }

    /**
     * @param workDir where uploaded files wait (emptied of earlier runs' left-overs here)
     * @param readers runs the background reading; a bounded single-thread pool in the web app
     */
    public UploadService(AuthoringService authoring, Path workDir, Executor readers, Clock clock) {
        this(authoring, workDir, readers, clock, JobClaims.inProcess("this-process"));
    }

    /**
     * @param claims where a confirmation claims its plan, so that of two confirmations into one plan's
     *               draft on two app nodes at once, the second checks the newest version after the
     *               first has stored it (and is refused) instead of both passing the check
     */
    public UploadService(AuthoringService authoring, Path workDir, Executor readers, Clock clock, JobClaims claims) {
        this.claims = Objects.requireNonNull(claims);
        this.authoring = Objects.requireNonNull(authoring);
        this.workDir = Objects.requireNonNull(workDir);
        this.readers = Objects.requireNonNull(readers);
        this.clock = Objects.requireNonNull(clock);
        deleteTree(workDir);
    }

    /**
     * Keeps the uploaded file and queues it for reading. Needs {@code UPLOAD_VERSION}.
     *
     * @throws UploadException the plan is unknown, the name or size is unusable, or too many uploads wait
     */
    public UploadJob start(Actor actor, String planCode, String fileName, InputStream content) {
        Permissions.standard().require(actor, Action.UPLOAD_VERSION);
        if (authoring.versions(actor, planCode).isEmpty()) {
            throw new UploadException(Message.of("upload.noVersions", planCode));
        }
        String name = safeName(fileName);
        forgetOld();
        if (jobs.size() >= MAX_JOBS) {
            throw new UploadException(Message.of("common.rejected", name, Message.of("upload.tooMany")));
        }
        String id = HexFormat.of().formatHex(bytes());
        Path dir = workDir.resolve(id);
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            copyBounded(content, file, name);
        } catch (IOException e) {
            deleteTree(dir);
            throw new UploadException(Message.of("common.rejected", name, Message.of("upload.incomplete", e.getMessage())));
        } catch (UploadException e) {
            deleteTree(dir);
            throw e;
        }
        UploadJob job = new UploadJob(id, actor.username(), planCode, name, file, clock.instant());
        jobs.put(id, job);
        try {
            readers.execute(() -> read(actor, job));
        } catch (RejectedExecutionException e) {
            forget(job);
            throw new UploadException(Message.of("common.rejected", name, Message.of("upload.busy")));
        }
        return job;
    }

    /** The upload, if it exists and belongs to the actor. */
    public Optional<UploadJob> job(Actor actor, String id) {
        UploadJob job = id == null ? null : jobs.get(id);
        return job != null && job.owner().equals(actor.username()) && !actor.anonymous()
                ? Optional.of(job) : Optional.empty();
    }

    /**
     * Stores the previewed text as the plan's draft. Refused when the plan's newest version
     * changed after the preview was made (the preview would no longer show what is replaced).
     * Needs {@code UPLOAD_VERSION}.
     */
    public PlanVersion confirm(Actor actor, String id) {
        Permissions.standard().require(actor, Action.UPLOAD_VERSION);
        UploadJob job = owned(actor, id);
        JobClaims.Claim claim = claims.claim(CONFIRM_JOB, job.planCode()).orElseThrow(() -> new UploadException(
                Message.of("common.rejected", job.fileName(), Message.of("upload.confirmBusy", job.planCode()))));
        try {
            return confirmClaimed(actor, job);
        } finally {
            claims.release(claim);
        }
    }

    private PlanVersion confirmClaimed(Actor actor, UploadJob job) {
        synchronized (job) {
            if (job.stage() != UploadStage.READY) {
                throw new UploadException(Message.of("common.rejected", job.fileName(), Message.of(job.stage().finished()
                        ? "upload.notReady.again" : "upload.notReady.wait", job.stage())));
            }
            PlanVersion base = job.preview().older();
            PlanVersion now = newest(actor, job.planCode());
            if (now.number() != base.number() || now.status() != base.status()
                    || !fingerprint(now.clauses()).equals(fingerprint(base.clauses()))) {
                throw new UploadException(Message.of("common.rejected", job.fileName(), Message.of("upload.changedSince", now.number(),
                        now.status())));
            }
            PlanVersion stored;
            try {
                stored = authoring.storeDraft(actor, job.planCode(), job.clauses(), job.fileName());
            } catch (AuthoringException e) {
                throw new UploadException(job.fileName() + ": " + e.getMessage());
            }
            job.stored(stored.number());
            return stored;
        }
    }

    /** Drops the upload: nothing is stored, its file is deleted. */
    public void cancel(Actor actor, String id) {
        UploadJob job = owned(actor, id);
        synchronized (job) {
            if (job.stage() == UploadStage.STORED) {
                throw new UploadException(Message.of("common.rejected", job.fileName(), Message.of("upload.alreadyStored", job.storedVersion())));
            }
            job.cancelled();
            forget(job);
        }
    }

    /** The background part: read, carry ids over, compare. Never throws; a failure is the job's state. */
    private void read(Actor actor, UploadJob job) {
        try {
            job.stage(UploadStage.READING);
            Outline outline = PlanReaders.read(job.file());
            List<Clause> clauses = outline.clauses();
            if (clauses.isEmpty()) {
                throw new InputRejectedException(job.fileName(), Message.of("upload.noClauses"));
            }
            if (job.stage() == UploadStage.CANCELLED) {
                return;
            }
            job.stage(UploadStage.COMPARING);
            PlanVersion base = newest(actor, job.planCode());
            ClauseTree.assignPathIds(clauses);
            DurableIds.carryOver(clauses, base.clauses());
            PlanVersion uploaded = new PlanVersion(base.plan(), 0, VersionStatus.DRAFT, clock.instant(), null,
                    job.fileName(), clauses);
            Comparison preview = new Comparison(base, uploaded, comparer.compare(base.clauses(), clauses));
            synchronized (job) {
                if (job.stage() != UploadStage.CANCELLED) {
                    job.ready(clauses, outline.warnings(), preview);
                }
            }
        } catch (InputRejectedException e) {
            job.failed(e.explanation());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "upload " + job.id() + " (" + job.fileName() + ") could not be read", e);
            job.failed(Message.of("common.rejected", job.fileName(), Message.of("upload.unreadable", e.getClass().getSimpleName())));
        } finally {
            // the text is in memory now (or refused): the file is not needed any more
            deleteTree(job.file().getParent());
        }
    }

    private PlanVersion newest(Actor actor, String planCode) {
        List<PlanVersion> all = authoring.versions(actor, planCode);
        if (all.isEmpty()) {
            throw new UploadException(Message.of("upload.noVersion", planCode));
        }
        int number = all.get(all.size() - 1).number();
        return authoring.version(actor, planCode, number)
                .orElseThrow(() -> new UploadException(Message.of("upload.unreadableVersion", planCode, number)));
    }

    /** What identifies a stored text's state: each clause's id, place and revision. */
    private static List<String> fingerprint(List<Clause> roots) {
        return ClauseTree.flatten(roots).stream().map(c -> c.uid() + "@" + c.eId() + "#" + c.revision()).toList();
    }

    private UploadJob owned(Actor actor, String id) {
        return job(actor, id).orElseThrow(() -> new UploadException(Message.of("upload.gone")));
    }

    private void forgetOld() {
        for (UploadJob job : jobs.values()) {
            boolean expired = job.createdAt().plus(KEEP).isBefore(clock.instant());
            if (expired || job.stage() == UploadStage.STORED || job.stage() == UploadStage.FAILED
                    && job.createdAt().plus(Duration.ofMinutes(5)).isBefore(clock.instant())) {
                forget(job);
            }
        }
    }

    private void forget(UploadJob job) {
        jobs.remove(job.id());
        deleteTree(job.file().getParent());
    }

    /** The last segment of the name the browser sent, without control characters; refused when nothing usable is left. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (name.length() > 150) {
            String ext = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.')) : "";
            name = name.substring(0, 150 - Math.min(ext.length(), 20)) + (ext.length() <= 20 ? ext : "");
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new UploadException(Message.of("upload.noFile"));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".docx") || lower.endsWith(".pdf"))) {
            throw new UploadException(Message.of("common.rejected", name, Message.of("upload.fileType")));
        }
        return name;
    }

    private static void copyBounded(InputStream in, Path file, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream source = in; OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = source.read(buffer)) > 0) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new UploadException(Message.of("common.rejected", name, Message.of("upload.tooLarge", MAX_BYTES >> 20)));
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static byte[] bytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + dir, e);
        }
    }
}
