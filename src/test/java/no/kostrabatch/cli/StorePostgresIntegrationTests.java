package no.kostrabatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL store that cannot be used says why in one sentence: a database that does not exist,
 * a user the server does not know. Needs the PostgreSQL of {@code KOSTRA_TEST_POSTGRES_URL}.
 */
@EnabledIfEnvironmentVariable(named = "KOSTRA_TEST_POSTGRES_URL", matches = ".+")
class StorePostgresIntegrationTests {

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalErr;

	@TempDir
	Path dir;

	@BeforeEach
	void capture() throws java.io.IOException {
		java.nio.file.Files.writeString(this.dir.resolve("x.csv"), "KOMMUNE_NR;PERIODE\n");
		this.originalErr = System.err;
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setErr(this.originalErr);
		System.clearProperty("spring.datasource.url");
		System.clearProperty("spring.datasource.username");
	}

	private String server() {
		return System.getenv("KOSTRA_TEST_POSTGRES_URL").replaceFirst("/[^/]*$", "");
	}

	@Test
	void aMissingDatabase() {
		System.setProperty("spring.datasource.url", server() + "/no_such_database");
		System.setProperty("spring.datasource.username",
				System.getenv().getOrDefault("KOSTRA_TEST_POSTGRES_USER", "postgres"));

		assertThat(Launcher.run("import", "--store", this.dir.resolve("store").toString(), this.dir.resolve("x.csv").toString())).isEqualTo(3);

		assertThat(this.err.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("kostra: The PostgreSQL database no_such_database does not exist; create it (createdb "
					+ "no_such_database) or fix SPRING_DATASOURCE_URL.");
	}

	@Test
	void anUnknownUser() {
		System.setProperty("spring.datasource.url", System.getenv("KOSTRA_TEST_POSTGRES_URL"));
		System.setProperty("spring.datasource.username", "no_such_user");

		assertThat(Launcher.run("import", "--store", this.dir.resolve("store").toString(), this.dir.resolve("x.csv").toString())).isEqualTo(3);

		assertThat(this.err.toString(StandardCharsets.UTF_8).strip()).startsWith("kostra: PostgreSQL refused the "
				+ "user name or password for database ")
			.endsWith("; check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
	}

}
