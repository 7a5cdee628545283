package org.plantrace.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plantrace.infrastructure.DataDirectory;

class PerfRestartProbe {
    @Test
    void probe() throws Exception {
        Path dir = Files.createTempDirectory("probe");
        for (int i = 0; i < 2; i++) {
            System.out.println("=== open " + i);
            EntityManagerFactory f = PlanTracePersistence.open(DataDirectory.at(dir));
            f.createEntityManager().close();
            f.close();
        }
    }
}
