package cn.tongpin.support.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * target/contract-violations.txt: one line per distinct violation (operation | status | where |
 * message | the first test that saw it). Emptied once per test JVM; shared by the class loaders
 * of successive Quarkus test applications, so a line is only added when no line has its violation.
 */
public final class ContractViolations {

    static final Path FILE = Path.of("target", "contract-violations.txt");
    /** A string literal: one object in the whole JVM, so the class loaders' copies of this class share it. */
    private static final String LOCK = "cn.tongpin.support.contract.ContractViolations";
    private static final String SEEN = "cn.tongpin.support.contract.seen";

    private ContractViolations() {
    }

    /** Starts the run's list empty (called once per JVM, before the first test). */
    public static void reset() {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, "");
            seen().clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void record(Violation violation, String test) {
        String line = violation.line();
        synchronized (LOCK) {
            if (!seen().add(line)) {
                return;
            }
            try {
                Files.writeString(FILE, line + " | " + test + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The violations written so far in this JVM. Kept among the system properties (a JDK map every
     * class loader sees) so that each is written once however many Quarkus applications the run starts.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> seen() {
        return (Set<String>) System.getProperties().computeIfAbsent(SEEN, key -> ConcurrentHashMap.newKeySet());
    }
}
