package cn.tongpin.packaged;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** The packaged service (java -jar quarkus-run.jar) run as a separate process, as an operator would. */
final class PackagedService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final int databasePort;
    final Path log;
    final Path dataDir;
    private final Process process;

    private PackagedService(Process process, int port, int databasePort, Path log, Path dataDir) {
        this.process = process;
        this.port = port;
        this.databasePort = databasePort;
        this.log = log;
        this.dataDir = dataDir;
    }

    static PackagedService start(Path dataDir, Map<String, String> extraEnv) throws IOException {
        String jar = System.getProperty("tongpin.packaged-jar", "target/quarkus-app/quarkus-run.jar");
        int port = freePort();
        int databasePort = freePort();
        Path log = Files.createTempFile("tongpin-packaged", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE"));
        env.put("PORT", Integer.toString(port));
        env.put("TONGPIN_DATA_DIR", dataDir.toString());
        env.put("TONGPIN_EMBEDDED_DB_PORT", Integer.toString(databasePort));
        env.putAll(extraEnv);
        return new PackagedService(builder.start(), port, databasePort, log, dataDir);
    }

    /** Waits until the service is ready, or until it exits; true when ready. */
    boolean awaitReady(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try {
            Awaitility.await("the service to be ready").atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .failFast("the service exited", () -> !process.isAlive())
                    .until(() -> ready(client));
            return true;
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            return false;
        }
    }

    private boolean ready(HttpClient client) throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    /** The embedded database, with the password the service keeps in its data folder. */
    String jdbcUrl() throws IOException {
        return "jdbc:postgresql://localhost:" + databasePort + "/postgres?user=postgres&password="
                + Files.readString(dataDir.resolve("postgres-password")).trim();
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: the process ends at once, without any of its shutdown steps (as kill -9 or the OOM killer do). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, without waiting: the graceful shutdown an operator's stop sends. */
    void terminate() {
        process.destroy();
    }

    /** A GET with the admin (or any) key, or none; HTTP/1.1 as proxies speak it. */
    HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks until the answer is the one awaited (bounded), checking every other answer on the way. */
    HttpResponse<String> await(String path, String key, Predicate<HttpResponse<String>> done,
            Duration timeout, Consumer<HttpResponse<String>> meanwhile) throws Exception {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        try {
            return Awaitility.await(path).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() -> {
                HttpResponse<String> answer = get(path, key);
                last.set(answer);
                if (done.test(answer)) {
                    return answer;
                }
                meanwhile.accept(answer);
                return null;
            }, Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            HttpResponse<String> answer = last.get();
            throw new AssertionError(path + ": not as awaited within " + timeout + "; last: "
                    + (answer == null ? "none" : answer.statusCode() + " " + answer.headers().map() + " " + answer.body()));
        }
    }

    /** The admin key the first start of an empty database printed. */
    String printedAdminKey() throws IOException {
        Matcher printed = Pattern.compile("tp_live_[A-Za-z0-9]{43}").matcher(logText());
        if (!printed.find()) {
            throw new AssertionError("no admin key printed:\n" + logText());
        }
        return printed.group();
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM: the graceful shutdown an operator's stop sends
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
