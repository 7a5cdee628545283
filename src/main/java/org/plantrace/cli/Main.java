package org.plantrace.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.plantrace.application.checklist.ChecklistNotFoundException;
import org.plantrace.conformance.ReviewRulesException;
import org.plantrace.domain.account.AccessDeniedException;
import org.plantrace.infrastructure.DataDirectoryException;
import org.plantrace.ingest.InputRejectedException;
import org.plantrace.transmission.RuleFileException;
import org.plantrace.transmission.output.ChecklistOutputException;

/**
 * Entry point of {@code plantrace-cli.jar}. Every failure ends as one line on stderr and an exit
 * code, never a stack trace: a drafter reads the line, a script reads the code. Set
 * {@code -Dplantrace.debug=true} to get the stack trace of an internal error as well.
 */
public final class Main {
    static final int OK = 0;
    static final int USAGE = 1;
    static final int REFUSED = 2;
    static final int INTERNAL = 3;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            Console.line(err, Usage.TEXT);
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "help", "-h", "--help":
                    Console.line(out, Usage.TEXT);
                    return OK;
                case "parse":
                    return ParseCommand.run(rest, out);
                case "ingest":
                    return IngestCommand.run(rest, out);
                case "plans":
                    return PlansCommand.run(rest, out);
                case "overlay":
                    return OverlayCommand.run(rest, out);
                case "lint":
                    return LintCommand.run(rest, out);
                case "search":
                    return SearchCommand.search(rest, out, err);
                case "reindex":
                    return SearchCommand.reindex(rest, out);
                case "checklist":
                    return ChecklistCommand.run(rest, out);
                case "review":
                    return ReviewCommand.run(rest, out);
                case "trace":
                    return TraceCommand.run(rest, out);
                case "impact":
                    return ImpactCommand.run(rest, out);
                case "at":
                    return AtCommand.run(rest, out);
                case "backup":
                    return BackupCommand.run(rest, out);
                case "copy-store":
                    return CopyStoreCommand.run(rest, out);
                default:
                    throw new UsageException("未知命令 / unknown command: " + args[0]);
            }
        } catch (UsageException e) {
            Console.line(err, e.getMessage() + "（plantrace help 查看用法 / see plantrace help）");
            return USAGE;
        } catch (InputRejectedException | DataDirectoryException | ChecklistNotFoundException | ChecklistOutputException
                | AccessDeniedException | RuleFileException | ReviewRulesException e) {
            Console.line(err, Console.oneLine(e.getMessage()));
            return REFUSED;
        } catch (Throwable t) { // also OutOfMemoryError and StackOverflowError: one line, not a JVM dump
            Console.line(err, "内部错误 / internal error: " + describe(t));
            if (Boolean.getBoolean("plantrace.debug")) {
                t.printStackTrace(err);
            }
            return INTERNAL;
        }
    }

    /** The innermost cause says what actually went wrong (H2's "database in use", not JPA's wrapper). */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = Console.oneLine(root.getMessage());
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
