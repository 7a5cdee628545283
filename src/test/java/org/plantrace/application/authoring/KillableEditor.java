package org.plantrace.application.authoring;

import java.nio.file.Path;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.plan.PlanVersion;

/**
 * The child process of {@link AcknowledgedSavesSurviveKillTest}: a drafter who saves one clause
 * over and over and, after each save returns, prints {@code ACK n} — the moment the web app would
 * answer "已保存". The parent kills this JVM with SIGKILL right after reading an acknowledgement.
 *
 * <p>Arguments: data folder, plan code, version number, clause uid, first save number.
 */
public final class KillableEditor {
    private KillableEditor() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String code = args[1];
        int version = Integer.parseInt(args[2]);
        String uid = args[3];
        int n = Integer.parseInt(args[4]);
        AuthoringFixture fixture = new AuthoringFixture(dir);
        PlanVersion draft = fixture.stored(code, version);
        Clause clause = AuthoringFixture.byUid(draft, uid);
        long revision = clause.revision();
        String heading = clause.heading();
        System.out.println("READY");
        System.out.flush();
        while (true) {
            Clause saved = fixture.service.editClause(AuthoringFixture.DRAFTER, code, version, uid, revision,
                    heading, AcknowledgedSavesSurviveKillTest.textOfSave(n));
            revision = saved.revision();
            System.out.println("ACK " + n);
            System.out.flush();
            n++;
        }
    }
}
