package no.kostrabatch.cli;

/**
 * The exit codes of every command, the one table for the whole project: the {@code --help}
 * footer ({@link #HELP}) and the README's table are this class in words.
 */
final class ExitCodes {

	/** Done; for validate: no findings, or INFO findings only. */
	static final int OK = 0;

	/** validate: WARNING findings only. */
	static final int WARNINGS = 1;

	/**
	 * ERROR or FATAL findings (validate, audit), or an input file refused: missing, unreadable, cut
	 * or of the wrong format.
	 */
	static final int FINDINGS = 2;

	/** The command failed (store, database, I/O or an internal error); the message says why. */
	static final int FAILED = 3;

	/** The command ran out of memory; the message says how to give it more. */
	static final int OUT_OF_MEMORY = 4;

	/** Wrong use of the command line, a job file or a column mapping. */
	static final int USAGE = 64;

	/** Each code with its meaning, in the words of {@link #HELP} and of the README's table. */
	static final java.util.Map<Integer, String> MEANINGS = meanings();

	/** A constant, since it is an annotation's value; a test checks that it holds {@link #MEANINGS}. */
	static final String HELP = "%nExit codes: 0 ok (validate: no findings, or INFO only); 1 validate found WARNING "
			+ "findings only; 2 ERROR or FATAL findings, or an input file refused (missing, unreadable, cut, wrong "
			+ "format, every line rejected); 3 the command failed (store, database, I/O, internal error; the message "
			+ "says why); 4 out of memory; 64 wrong use of the command line, a job file or a column mapping.%n";

	private static java.util.Map<Integer, String> meanings() {
		java.util.Map<Integer, String> meanings = new java.util.LinkedHashMap<>();
		meanings.put(OK, "ok (validate: no findings, or INFO only)");
		meanings.put(WARNINGS, "validate found WARNING findings only");
		meanings.put(FINDINGS, "ERROR or FATAL findings, or an input file refused (missing, unreadable, cut, wrong format, "
				+ "every line rejected)");
		meanings.put(FAILED, "the command failed (store, database, I/O, internal error; the message says why)");
		meanings.put(OUT_OF_MEMORY, "out of memory");
		meanings.put(USAGE, "wrong use of the command line, a job file or a column mapping");
		return java.util.Collections.unmodifiableMap(meanings);
	}

	private ExitCodes() {
	}

}
