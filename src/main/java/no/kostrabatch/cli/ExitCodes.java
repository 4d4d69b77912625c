package no.kostrabatch.cli;

/** The exit codes of every command (also listed by {@code --help}). */
final class ExitCodes {

	static final int OK = 0;

	/** validate: the file has ERROR findings. */
	static final int ERRORS = 1;

	/** validate: FATAL findings or an unreadable file. */
	static final int FATAL = 2;

	/** audit: a suppressed count can be worked out (findings, like validate's worst). */
	static final int FINDINGS = 2;

	/** A command or run failed; the message says why. */
	static final int FAILED = 3;

	/** Wrong use of the command line. */
	static final int USAGE = 64;

	static final String HELP = "%nExit codes: 0 ok; 1 validate found ERROR; 2 validate found FATAL or could not read "
			+ "the file, or audit found a count that can be worked out; 3 the command failed (the message says why); 64 wrong use of the command line.%n";

	private ExitCodes() {
	}

}
