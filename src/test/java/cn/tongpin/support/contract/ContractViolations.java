package cn.tongpin.support.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * target/contract-violations.txt: one line per distinct violation (operation | status | where |
 * message | the first test that saw it). Emptied once per test JVM; shared by the class loaders
 * of successive Quarkus test applications through the file itself, so a line is only added when no
 * line has its violation.
 */
public final class ContractViolations {

    static final Path FILE = Path.of("target", "contract-violations.txt");
    /** A string literal: one object in the whole JVM, so the class loaders' copies of this class share it. */
    private static final String LOCK = "cn.tongpin.support.contract.ContractViolations";

    private ContractViolations() {
    }

    /** Starts the run's list empty (called once per JVM, before the first test). */
    public static void reset() {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void record(Violation violation, String test) {
        String line = violation.line();
        synchronized (LOCK) {
            try {
                if (written(line)) {
                    return;
                }
                Files.writeString(FILE, line + " | " + test + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Whether the file already has this violation. The file is what the class loaders of successive
     * Quarkus test applications share (nothing may be kept among the system properties but strings:
     * Narayana reads them all when an application starts).
     */
    private static boolean written(String line) throws IOException {
        return Files.exists(FILE) && Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith(line + " | "));
    }
}
