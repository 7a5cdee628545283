package org.plantrace.infrastructure.persistence;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.logging.DefaultSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.h2.api.ErrorCode;

/**
 * EclipseLink's log (set as {@code eclipselink.logging.logger} in persistence.xml) with one
 * change: the "constraint already exists" failures of schema extension are logged at FINE, not
 * WARNING.
 *
 * <p>Why: with {@code create-or-extend-tables} EclipseLink adds missing columns to existing tables,
 * then issues {@code ALTER TABLE … ADD CONSTRAINT} for every unique and foreign key of every
 * table, existing or not ({@code TableCreator.extendTables} calls {@code createConstraints} on all
 * tables; {@code createTables} limits it to the new ones). H2 refuses each existing one (error
 * 90045), EclipseLink ignores the failure as intended, but the session logs it as a WARNING
 * without a category first, so no category level can mute it. Every restart therefore printed
 * one warning per constraint. Only that error code is demoted; every other warning, including any
 * other DDL failure, is logged as before.
 */
public class SchemaUpdateLog extends DefaultSessionLog {

    @Override
    public void log(SessionLogEntry entry) {
        if (entry.getLevel() == SessionLog.WARNING && isExistingConstraint(entry.getException())) {
            entry.setLevel(SessionLog.FINE);
            if (!shouldLog(SessionLog.FINE, entry.getNameSpace())) {
                return;
            }
        }
        super.log(entry);
    }

    static boolean isExistingConstraint(Throwable failure) {
        return failure instanceof DatabaseException db
                && db.getDatabaseErrorCode() == ErrorCode.CONSTRAINT_ALREADY_EXISTS_1;
    }
}
