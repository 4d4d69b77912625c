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
		properties.put("spring.datasource.url", "jdbc:h2:file:"
				+ options.store.toAbsolutePath().normalize().resolve("kostra") + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144");
		properties.put("logging.file.name", options.store.toAbsolutePath().normalize().resolve("kostra.log").toString());
		properties.put("logging.threshold.console", options.debug ? "INFO" : "OFF");
		return new SpringApplicationBuilder(PipelineApplication.class).properties(properties)
			.logStartupInfo(false)
			.run();
	}

}
