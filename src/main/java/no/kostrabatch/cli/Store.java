package no.kostrabatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import java.sql.SQLException;

import no.kostrabatch.PipelineApplication;
import no.kostrabatch.jobs.RunFailure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Opens the application (store, jobs) on a store folder, quietly, for one command. */
final class Store {

	/** With this environment variable set, the H2 store is encrypted with AES under its value. */
	static final String STORE_KEY = "KOSTRA_STORE_KEY";

	private Store() {
	}

	/**
	 * Takes the store lock (see {@link StoreLock}), then starts the application on the store; the lock
	 * is released when the context closes, or with the process.
	 */
	static ConfigurableApplicationContext open(StoreOptions options) {
		try {
			Files.createDirectories(options.store);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the store folder " + options.store, ex);
		}
		String storeKey = System.getProperty("kostra.store.key", System.getenv(STORE_KEY));
		boolean encrypted = storeKey != null && !storeKey.isBlank();
		String postgresUrl = setting("spring.datasource.url", "SPRING_DATASOURCE_URL");
		boolean postgres = postgresUrl != null && postgresUrl.startsWith("jdbc:postgresql:");
		StoreLock lock = postgres ? StoreLock.postgres(postgresUrl,
				setting("spring.datasource.username", "SPRING_DATASOURCE_USERNAME"),
				setting("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD"))
				: StoreLock.file(options.store);
		try {
			ConfigurableApplicationContext context = start(options, storeKey, encrypted, postgres);
			context.addApplicationListener((ContextClosedEvent event) -> lock.close());
			return context;
		}
		catch (RuntimeException ex) {
			lock.close();
			SQLException sql = StoreErrors.sqlCause(ex);
			String sentence = (sql == null) ? null : postgres ? StoreErrors.sentence(sql, postgresUrl)
					: StoreErrors.h2(sql, options.store.toString(), encrypted);
			if (sentence != null) {
				throw new RunFailure(sentence);
			}
			throw ex;
		}
	}

	/**
	 * H2 writes changed pages to the end of its file, so an import leaves older copies behind; when
	 * the store closes it spends up to 3 s moving live pages down and cutting the file, and pages are
	 * compressed (LZF), so the file holds about what is live. (60 s, tried first, cost a re-run of a
	 * 3 000-recipient year 66 s at close for a 3 MB file; 3 s keeps four re-imports at the first
	 * import's size.)
	 */
	static final String H2_COMPACT = System.getProperty("kostra.h2.compact", ";MAX_COMPACT_TIME=3000;COMPRESS=TRUE");

	/**
	 * H2's page cache: 256 MB, but never more than a quarter of the Java heap, so that a small heap
	 * (-Xmx512m) is not spent on cache.
	 */
	static long cacheSizeKb() {
		return Math.min(262_144, Runtime.getRuntime().maxMemory() / 1024 / 4);
	}

	private static String setting(String property, String environment) {
		String value = System.getProperty(property, System.getenv(environment));
		return (value != null && !value.isBlank()) ? value : null;
	}

	private static ConfigurableApplicationContext start(StoreOptions options, String storeKey, boolean encrypted,
			boolean postgres) {
		Map<String, Object> properties = new HashMap<>();
		if (postgres) {
			properties.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
		}
		properties.put("spring.datasource.url", "jdbc:h2:file:"
				+ options.store.toAbsolutePath().normalize().resolve("kostra") + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + cacheSizeKb() + H2_COMPACT
				+ (encrypted ? ";CIPHER=AES" : ""));
		properties.put("spring.datasource.password", encrypted ? storeKey.trim() + " " : "");
		properties.put("logging.file.name", options.store.toAbsolutePath().normalize().resolve("kostra.log").toString());
		properties.put("logging.threshold.console", options.debug ? "INFO" : "OFF");
		return new SpringApplicationBuilder(PipelineApplication.class).properties(properties)
			.logStartupInfo(false)
			.run();
	}

}
