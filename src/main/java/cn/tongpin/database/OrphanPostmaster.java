package cn.tongpin.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL that an earlier run of this service left on its cluster folder when it died without
 * stopping it ({@code kill -9}, an out-of-memory kill). PostgreSQL refuses to start a second
 * postmaster on a folder whose {@code postmaster.pid} names a live process, so the next start stops
 * the orphan first.
 *
 * <p>Only a process proven to be ours is stopped: the caller holds the folder's lock file (so no
 * live Tongpin uses the folder), the pid comes from {@code postmaster.pid} in our folder, and the
 * live process with that pid is a {@code postgres} whose command line names our folder. A pid file
 * whose process is alive but is no PostgreSQL at all (the pid was reused after a reboot) is stale
 * and removed; a PostgreSQL that cannot be proven ours is never touched, and the start fails with a
 * message saying what to check.
 */
final class OrphanPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanPostmaster.class);
    static final String PID_FILE = "postmaster.pid";
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private OrphanPostmaster() {
    }

    /** Stops the postmaster an earlier run left on {@code cluster}, if there is one. Call only while holding the folder's lock. */
    static void stopIfAny(Path cluster) throws IOException {
        Path pidFile = cluster.resolve(PID_FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (NoSuchFileException e) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.get(0).trim());
        } catch (NumberFormatException e) {
            return; // PostgreSQL itself treats an unreadable pid file as stale
        }
        Optional<ProcessHandle> found = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (found.isEmpty() || pid == ProcessHandle.current().pid()) {
            return; // a dead pid: PostgreSQL removes the stale file itself
        }
        ProcessHandle process = found.get();
        if (!isPostgres(process)) {
            LOG.warnf("Removing the stale %s in %s: its pid %d now belongs to another program", PID_FILE, cluster, pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        if (!runsOn(process, cluster)) {
            throw new IllegalStateException("A PostgreSQL server (pid " + pid + ") that this service cannot prove to be its own is"
                    + " named in " + pidFile + ". Stop it if it uses this folder, or remove the file if it does not.");
        }
        LOG.warnf("Stopping the embedded PostgreSQL (pid %d) that an earlier run left running on %s", pid, cluster);
        stop(process);
        if (!waitForExit(process, STOP_WAIT)) {
            throw new IllegalStateException("The embedded PostgreSQL (pid " + pid + ") that an earlier run left on " + cluster
                    + " did not stop within " + STOP_WAIT.toSeconds() + " s; stop it, then start the service again.");
        }
        LOG.infof("Stopped the PostgreSQL an earlier run left behind (pid %d)", pid);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(false);
    }

    /** Whether the command line names our cluster folder as its data directory (pg_ctl starts it with -D folder). */
    private static boolean runsOn(ProcessHandle process, Path cluster) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if ("-D".equals(arguments[i]) && sameFolder(arguments[i + 1], cluster)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolder(String named, Path cluster) {
        try {
            return Files.isSameFile(Path.of(named), cluster);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A fast shutdown (SIGINT: sessions end, a clean checkpoint); where that cannot be sent, a smart one (SIGTERM). */
    private static void stop(ProcessHandle process) {
        if (!System.getProperty("os.name", "").toLowerCase().contains("win")) {
            try {
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).redirectErrorStream(true).start();
                if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                    return;
                }
            } catch (IOException e) {
                // no kill command: fall back to SIGTERM
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process.destroy();
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
