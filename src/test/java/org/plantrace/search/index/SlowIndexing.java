package org.plantrace.search.index;

import java.nio.file.Path;
import org.plantrace.search.ClauseLinks;
import org.plantrace.search.analysis.Analysis;
import org.plantrace.search.analysis.Vocabulary;

/**
 * Child JVM for the crash test: rebuilds the index of {@link CrashRepairTest#versions()} slowly,
 * printing the count after every document, so that the test can kill it at a chosen point.
 */
public final class SlowIndexing {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        try (IndexStore store = IndexStore.at(folder,
                Analysis.planning(Vocabulary.load(Path.of("corpus/search"))), ClauseLinks.NONE)) {
            store.rebuild(CrashRepairTest.versions(), n -> {
                System.out.println("indexed " + n);
                System.out.flush();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        System.out.println("done");
    }
}
