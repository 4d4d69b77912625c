package no.kostrabatch.cli;

import picocli.CommandLine.Option;

/** {@code --debug}, taken by every command (the launcher reads it before parsing). */
class DebugOption {

	@Option(names = "--debug", description = "Show stack traces (and, with a store, log to the console).")
	boolean debug;

}
