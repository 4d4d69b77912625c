package no.kostrabatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar {@code mvn package} builds (failsafe runs after it): DuckDB is not in it, but beside it in
 * {@code target/bench-lib/}, where {@code kostra bench} finds it.
 */
class PackagedJarIntegrationTests {

	private static final Path TARGET = Path.of("target").toAbsolutePath();

	@Test
	void theApplicationJarCarriesNoDuckDb() throws IOException {
		try (JarFile jar = new JarFile(TARGET.resolve("kostra-batch.jar").toFile())) {
			List<String> names = jar.stream().map(ZipEntry::getName).toList();

			assertThat(names).contains("BOOT-INF/classes/no/kostrabatch/bench/DuckDbComparison.class")
				.anyMatch((name) -> name.startsWith("BOOT-INF/lib/h2-"))
				.noneMatch((name) -> name.startsWith("BOOT-INF/lib/") && name.toLowerCase(Locale.ROOT).contains("duckdb"))
				.noneMatch((name) -> name.contains("org/duckdb/"));
		}
	}

	@Test
	void theBenchFindsDuckDbsDriverBesideTheJar() throws IOException {
		Path driver;
		try (Stream<Path> files = Files.list(TARGET.resolve("bench-lib"))) {
			driver = files.filter((f) -> f.getFileName().toString().matches("duckdb_jdbc-[0-9.]+\\.jar"))
				.findFirst()
				.orElseThrow();
		}
		try (JarFile jar = new JarFile(driver.toFile())) {
			assertThat(jar.getEntry("org/duckdb/DuckDBDriver.class")).isNotNull();
		}
	}

}
