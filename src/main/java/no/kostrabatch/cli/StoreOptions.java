package no.kostrabatch.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Options of the commands that use the store (demo, annual, monthly, import, run, schedule). The
 * others take {@link DebugOption} only, and refuse {@code --store} with a sentence saying why.
 */
class StoreOptions {

	@Option(names = "--store", paramLabel = "DIR", defaultValue = "./data",
			description = "Folder of the store (H2 database and log). Default: ${DEFAULT-VALUE}")
	Path store;

	@Option(names = "--debug", description = "Show stack traces and log to the console.")
	boolean debug;

}
