package no.kostrabatch.bench;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * DuckDB's JDBC driver, which the application jar does not carry (its native libraries are most of
 * its size): taken from the class path when it is there (tests), else from
 * {@code bench-lib/duckdb_jdbc-*.jar} beside the application jar, where {@code mvn package} puts
 * it (or one folder up: {@code ./kostra} runs the jar extracted to {@code target/run/}), or from
 * the jar the system property {@code kostra.duckdb.jar} names.
 */
final class DuckDbDriver {

	private static final String DRIVER = "org.duckdb.DuckDBDriver";

	private static Driver driver;

	private DuckDbDriver() {
	}

	static Connection connect() throws SQLException {
		return driver().connect("jdbc:duckdb:", new Properties());
	}

	static synchronized Driver driver() {
		if (driver == null) {
			driver = load();
		}
		return driver;
	}

	private static Driver load() {
		ClassLoader own = DuckDbDriver.class.getClassLoader();
		try {
			return instance(Class.forName(DRIVER, true, own));
		}
		catch (ClassNotFoundException ex) {
			Path jar = jar().orElseThrow(() -> new IllegalStateException("DuckDB's driver was not found: build with "
					+ "'mvn package' (it copies the driver to target/bench-lib beside the application jar), set "
					+ "-Dkostra.duckdb.jar=FILE, or run the bench with --no-duckdb."));
			try {
				URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, own);
				return instance(Class.forName(DRIVER, true, loader));
			}
			catch (MalformedURLException | ClassNotFoundException failed) {
				throw new IllegalStateException("DuckDB's driver could not be loaded from " + jar + ".", failed);
			}
		}
	}

	private static Driver instance(Class<?> type) {
		try {
			return (Driver) type.getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("DuckDB's driver could not be started.", ex);
		}
	}

	private static Optional<Path> jar() {
		String given = System.getProperty("kostra.duckdb.jar");
		if (given != null && !given.isBlank()) {
			return Optional.of(Path.of(given));
		}
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			Path path = Path.of(entry).toAbsolutePath();
			if (entry.endsWith(".jar") && path.getParent() != null) {
				Optional<Path> found = inFolder(path.getParent().resolve("bench-lib"));
				if (found.isEmpty() && path.getParent().getParent() != null) {
					found = inFolder(path.getParent().getParent().resolve("bench-lib"));
				}
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Path> inFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((f) -> f.getFileName().toString().startsWith("duckdb_jdbc-")
					&& f.getFileName().toString().endsWith(".jar")).sorted().findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
