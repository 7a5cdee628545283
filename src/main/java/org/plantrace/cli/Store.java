package org.plantrace.cli;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.Map;
import org.plantrace.application.links.LinkService;
import org.plantrace.infrastructure.DataDirectory;
import org.plantrace.infrastructure.DataDirectoryException;
import org.plantrace.infrastructure.persistence.JpaLinkRepository;
import org.plantrace.infrastructure.persistence.JpaPlanRepository;
import org.plantrace.infrastructure.persistence.PlanTracePersistence;

/**
 * Opens the data directory's database for one command and closes it afterwards. A database held
 * by another process (the running web site) becomes one clear line, not a stack trace.
 */
final class Store {
    /** What a command does with the store: its exit code. {@code E}: what the work may refuse with. */
    interface Work<E extends Exception> {
        int run(DataDirectory data, JpaPlanRepository repository) throws E;
    }

    /** As {@link Work}, with the link service over the same database. */
    interface LinkedWork<E extends Exception> {
        int run(DataDirectory data, JpaPlanRepository repository, LinkService links) throws E;
    }

    /** As {@link Work}, with the stored conformance reviews over the same database and the store's spatial engine. */
    interface ReviewedWork<E extends Exception> {
        int run(DataDirectory data, JpaPlanRepository repository,
                org.plantrace.application.trace.ReviewedVerdicts reviewed, org.plantrace.spatial.engine.SpatialEngine spatial) throws E;
    }

    /** As {@link Work}, with where the store runs spatial queries (PostGIS on PostgreSQL with it, else JTS). */
    interface SpatialWork<E extends Exception> {
        int run(DataDirectory data, JpaPlanRepository repository, org.plantrace.spatial.engine.SpatialEngine spatial) throws E;
    }

    private Store() {
    }

    /** As {@link #withExisting}, handing the work the store's spatial engine (issue #16.3). */
    static <E extends Exception> int withSpatialExisting(String dataDir, SpatialWork<E> work) throws E {
        return open(DataDirectory.existing(dataDir == null ? null : Path.of(dataDir)), (data, repository, factory) ->
                work.run(data, repository, org.plantrace.infrastructure.spatial.SpatialEngines.of(factory)));
    }

    /** As {@link #with}, handing the work the store's spatial engine (issue #16.3). */
    static <E extends Exception> int withSpatial(String dataDir, SpatialWork<E> work) throws E {
        return open(dataDir, (data, repository, factory) ->
                work.run(data, repository, org.plantrace.infrastructure.spatial.SpatialEngines.of(factory)));
    }

    /** As {@link #withExisting}, handing the work the reviewers' stored decisions too (the trace shows them). */
    static <E extends Exception> int withReviewsExisting(String dataDir, ReviewedWork<E> work) throws E {
        DataDirectory data = DataDirectory.existing(dataDir == null ? null : Path.of(dataDir));
        return open(data, (d, repository, factory) -> {
            org.plantrace.spatial.engine.SpatialEngine spatial = org.plantrace.infrastructure.spatial.SpatialEngines.of(factory);
            return work.run(d, repository, new org.plantrace.application.conformance.ConformanceReviewService(repository,
                    org.plantrace.transmission.RuleBasedChecklists.standard(spatial),
                    code -> org.plantrace.planpackage.PlanPackages.located().linker(code).gazetteer(),
                    new org.plantrace.infrastructure.conformance.JpaConformanceRecords(factory),
                    java.time.Clock.systemUTC()).reviewedVerdicts(), spatial);
        });
    }

    /** As {@link #with}, handing the work a {@link LinkService} too (links derived as versions are stored and searched). */
    static <E extends Exception> int withLinks(String dataDir, LinkedWork<E> work) throws E {
        return open(dataDir, (data, repository, factory) -> work.run(data, repository,
                new LinkService(repository, new JpaLinkRepository(factory))));
    }

    private interface FactoryWork<E extends Exception> {
        int run(DataDirectory data, JpaPlanRepository repository, EntityManagerFactory factory) throws E;
    }

    /** {@code dataDir} from --data, or null for PLANTRACE_DATA / -Dplantrace.data / ./data. */
    static <E extends Exception> int with(String dataDir, Work<E> work) throws E {
        return open(dataDir, (data, repository, factory) -> work.run(data, repository));
    }

    /** As {@link #withLinks}, for commands that only read: a data directory that does not exist is refused, not created. */
    static <E extends Exception> int withLinksExisting(String dataDir, LinkedWork<E> work) throws E {
        DataDirectory data = DataDirectory.existing(dataDir == null ? null : Path.of(dataDir));
        return open(data, (d, repository, factory) -> work.run(d, repository,
                new LinkService(repository, new JpaLinkRepository(factory))));
    }

    /** As {@link #with}, for commands that only read: a data directory that does not exist is refused, not created. */
    static <E extends Exception> int withExisting(String dataDir, Work<E> work) throws E {
        return open(DataDirectory.existing(dataDir == null ? null : Path.of(dataDir)),
                (data, repository, factory) -> work.run(data, repository));
    }

    private static <E extends Exception> int open(String dataDir, FactoryWork<E> work) throws E {
        return open(dataDir == null ? DataDirectory.fromEnvironment() : DataDirectory.at(Path.of(dataDir)), work);
    }

    private static <E extends Exception> int open(DataDirectory data, FactoryWork<E> work) throws E {
        // EclipseLink would print its own copy of every failure; the one line on stderr is ours
        EntityManagerFactory factory;
        try {
            // opening migrates the schema first, so an H2 file held by the web app fails here already
            factory = PlanTracePersistence.open(data, Map.of(PlanTracePersistence.LOGGING_LEVEL, "OFF"));
        } catch (RuntimeException e) {
            throw inUse(data, e);
        }
        try {
            return work.run(data, new JpaPlanRepository(factory), factory);
        } catch (RuntimeException e) {
            throw inUse(data, e);
        } finally {
            factory.close();
        }
    }

    /** The one line a user reads when another process holds the data folder's H2 file; else the failure as it is. */
    static RuntimeException inUse(DataDirectory data, RuntimeException e) {
        if (PlanTracePersistence.isDatabaseInUse(e)) {
            return new DataDirectoryException("数据目录正被另一个程序使用（例如正在运行的 PlanTrace 网站）: " + data
                    + "；请先停止它，或用 --data 指定其他目录 / data directory in use by another process", e);
        }
        return e;
    }
}
