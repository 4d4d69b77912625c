package no.kostrabatch.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The stores the fault tests run on: H2 always, and the PostgreSQL of {@code KOSTRA_TEST_POSTGRES_URL}
 * when it is set (as {@code .ci/run} does).
 */
enum FaultStores {

	H2, POSTGRES;

	static List<FaultStores> available() {
		List<FaultStores> stores = new ArrayList<>(List.of(H2));
		if (postgresUrl() != null) {
			stores.add(POSTGRES);
		}
		return stores;
	}

	static String postgresUrl() {
		String url = System.getenv("KOSTRA_TEST_POSTGRES_URL");
		return (url != null && !url.isBlank()) ? url : null;
	}

	/** The child's environment for this store. */
	Map<String, String> env() {
		if (this == H2) {
			return Map.of();
		}
		return Map.of("SPRING_DATASOURCE_URL", postgresUrl(), "SPRING_DATASOURCE_USERNAME", user(),
				"SPRING_DATASOURCE_PASSWORD", password());
	}

	/** Empties the store (PostgreSQL: drops every table; an H2 store is a fresh folder anyway). */
	void clean() {
		if (this == POSTGRES) {
			DataSource dataSource = new DriverManagerDataSource(postgresUrl(), user(), password());
			Flyway.configure()
				.dataSource(dataSource)
				.locations("classpath:db/migration/postgresql")
				.cleanDisabled(false)
				.load()
				.clean();
		}
	}

	private static String user() {
		return System.getenv().getOrDefault("KOSTRA_TEST_POSTGRES_USER", "postgres");
	}

	private static String password() {
		return System.getenv().getOrDefault("KOSTRA_TEST_POSTGRES_PASSWORD", "");
	}

}
