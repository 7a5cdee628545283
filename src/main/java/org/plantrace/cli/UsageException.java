package org.plantrace.cli;

/** The command line itself is wrong (missing argument, unknown option): exit code 1. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
