package org.roleatlas.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster for the tests, made with Debian's server binaries in a
 * temporary folder and listening on a free loopback port. {@code initdb} refuses to run
 * as root (and CI runs as root), so as root the server programs run as the
 * {@code postgres} user through {@code runuser}. Durability is switched off: the cluster
 * is deleted when it stops.
 */
final class PostgresCluster implements AutoCloseable {

	static final String SUPERUSER = "atlas";

	private static final Path DEBIAN_SERVERS = Path.of("/usr/lib/postgresql");

	private static final AtomicInteger databases = new AtomicInteger();

	private final Path bin;

	private final Path folder;

	private final int port;

	private PostgresCluster(Path bin, Path folder, int port) {
		this.bin = bin;
		this.folder = folder;
		this.port = port;
	}

	/**
	 * Creates and starts a cluster; fails, naming the Debian package, without binaries.
	 */
	static PostgresCluster start() {
		Path bin = serverBinaries();
		Path folder = createFolder();
		int port = freePort();
		PostgresCluster cluster = new PostgresCluster(bin, folder, port);
		try {
			cluster.run("initdb", "-D", cluster.data().toString(), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
					"--no-locale", "--no-sync");
			// -F: no fsync; the socket lives in the cluster's own folder, not in
			// /var/run/postgresql, which may not exist or be writable.
			cluster.run("pg_ctl", "-D", cluster.data().toString(), "-w", "-t", "60", "-l",
					folder.resolve("server.log").toString(), "-o",
					"-F -p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c synchronous_commit=off",
					"start");
		}
		catch (RuntimeException ex) {
			cluster.deleteFolder();
			throw ex;
		}
		return cluster;
	}

	/** A new, empty database of its own (one per application context). */
	String createDatabase() {
		String name = "roleatlas_" + databases.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
			connection.createStatement().execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return jdbcUrl(name);
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	@Override
	public void close() {
		try {
			run("pg_ctl", "-D", data().toString(), "-w", "-m", "fast", "stop");
		}
		finally {
			deleteFolder();
		}
	}

	private Path data() {
		return folder.resolve("data");
	}

	private static Path serverBinaries() {
		List<Path> found = new ArrayList<>();
		if (Files.isDirectory(DEBIAN_SERVERS)) {
			try (Stream<Path> versions = Files.list(DEBIAN_SERVERS)) {
				versions.map(v -> v.resolve("bin"))
					.filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
					.forEach(found::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return found.stream()
			.max(Comparator.comparingInt(PostgresCluster::majorVersion))
			.orElseThrow(() -> new IllegalStateException("The PostgreSQL tests need a PostgreSQL server: no initdb and "
					+ "pg_ctl under " + DEBIAN_SERVERS + "/*/bin. Install the Debian package `postgresql` "
					+ "(apt-get install postgresql); .ci/run does."));
	}

	private static int majorVersion(Path bin) {
		String version = bin.getParent().getFileName().toString();
		return version.chars().allMatch(Character::isDigit) ? Integer.parseInt(version) : 0;
	}

	private static Path createFolder() {
		try {
			// Under /tmp, not the build folder: the postgres user must reach it, and the
			// socket path must stay under the 107 bytes a Unix socket allows.
			Path folder = Files.createTempDirectory(Path.of("/tmp"), "roleatlas-pg-");
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a folder for the test cluster", ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(
						"PostgreSQL's " + program + " failed: " + new String(output, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + program, ex);
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private void deleteFolder() {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the test cluster in " + folder, ex);
		}
	}

}
