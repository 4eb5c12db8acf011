package cn.slaportal.web.outage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of a test's own: a temporary data directory, a spare port on 127.0.0.1, one database and one
 * user. It can be killed (SIGKILL, as in a crash) and started again on the same data; {@link #close()} removes it.
 * Needs Debian's {@code mariadb-server} binaries; the machine's own server on 3306 is never touched.
 */
final class PrivateMariaDb implements AutoCloseable {

    static final String DATABASE = "sla_outage";
    static final String USER = "sla_outage";
    static final String PASSWORD = "outage-it";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private Process server;

    PrivateMariaDb() {
        try {
            dataDir = Files.createTempDirectory("sla-outage-db");
            port = sparePort();
            run(List.of("chown", "mysql:mysql", dataDir.toString()));
            run(List.of("mariadb-install-db", "--datadir=" + dataDir, "--user=mysql",
                    "--auth-root-authentication-method=normal", "--skip-test-db"));
            start();
            run(List.of("mariadb", "--socket=" + socket(), "-uroot", "-e",
                    "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                            + "CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'; "
                            + "GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?connectionTimeZone=UTC&characterEncoding=UTF-8&connectTimeout=1000";
    }

    /** Starts the server on its data directory and waits until it accepts connections. */
    void start() throws IOException {
        server = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + dataDir, "--user=mysql",
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket(), "--pid-file=" + dataDir.resolve("pid"),
                "--skip-log-error").redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("mariadbd ended at start: " + Files.readString(dataDir.resolve("server.log")));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IllegalStateException("mariadbd did not accept connections within " + START_TIMEOUT);
    }

    /** The outage: the server process is killed as in a crash. */
    void kill() throws InterruptedException {
        server.destroyForcibly();
        server.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                kill();
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String socket() {
        return dataDir.resolve("s.sock").toString();
    }

    private static int sparePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
