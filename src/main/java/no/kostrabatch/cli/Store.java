package no.kostrabatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import no.kostrabatch.PipelineApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Opens the application (store, jobs) on a store folder, quietly, for one command. */
final class Store {

	/** With this environment variable set, the H2 store is encrypted with AES under its value. */
	static final String STORE_KEY = "KOSTRA_STORE_KEY";

	private Store() {
	}

	static ConfigurableApplicationContext open(StoreOptions options) {
		try {
			Files.createDirectories(options.store);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the store folder " + options.store, ex);
		}
		Map<String, Object> properties = new HashMap<>();
		String storeKey = System.getProperty("kostra.store.key", System.getenv(STORE_KEY));
		boolean encrypted = storeKey != null && !storeKey.isBlank();
		properties.put("spring.datasource.url", "jdbc:h2:file:"
				+ options.store.toAbsolutePath().normalize().resolve("kostra") + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144"
				+ (encrypted ? ";CIPHER=AES" : ""));
		properties.put("spring.datasource.password", encrypted ? storeKey.trim() + " " : "");
		properties.put("logging.file.name", options.store.toAbsolutePath().normalize().resolve("kostra.log").toString());
		properties.put("logging.threshold.console", options.debug ? "INFO" : "OFF");
		return new SpringApplicationBuilder(PipelineApplication.class).properties(properties)
			.logStartupInfo(false)
			.run();
	}

}
