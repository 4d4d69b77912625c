package no.kostrabatch.cli;

/** The exit codes of every command (also listed by {@code --help}). */
final class ExitCodes {

	static final int OK = 0;

	/** validate: the file has ERROR findings. */
	static final int ERRORS = 1;

	/** validate: FATAL findings or an unreadable file. */
	static final int FATAL = 2;

	/** A command or run failed; the message says why. */
	static final int FAILED = 3;

	/** The Java heap was too small for the data; the message names KOSTRA_JAVA_OPTS. */
	static final int OUT_OF_MEMORY = 4;

	/** Wrong use of the command line. */
	static final int USAGE = 64;

	static final String HELP = "%nExit codes: 0 ok; 1 validate found ERROR; 2 validate found FATAL or could not read "
			+ "the file; 3 the command failed (the message says why); 4 out of memory; 64 wrong use of the command line.%n";

	private ExitCodes() {
	}

}
