package no.kostrabatch.jobs;

import no.kostrabatch.input.InputFileNames;

/**
 * A run that cannot go on, with one sentence that tells the user why and what to do. Runs of 11 or more
 * digits (a file name holding a fødselsnummer) are masked, since the sentence reaches the log and the store.
 */
public class RunFailure extends RuntimeException {

	/** What went wrong, which decides the command's exit code. */
	public enum Kind {

		/** The run itself failed: store, database, I/O. */
		FAILED,

		/** An input file was refused: missing, unreadable, wrong format, FATAL findings, wrong period. */
		INPUT,

		/** A job file is wrong, or the run was asked for something it cannot do. */
		USAGE

	}

	private final Kind kind;

	public RunFailure(String message) {
		this(Kind.FAILED, message);
	}

	public RunFailure(Kind kind, String message) {
		super(InputFileNames.masked(message));
		this.kind = kind;
	}

	/** An input file refused, in one sentence. */
	public static RunFailure input(String message) {
		return new RunFailure(Kind.INPUT, message);
	}

	/** A wrong job file or wrong use, in one sentence. */
	public static RunFailure usage(String message) {
		return new RunFailure(Kind.USAGE, message);
	}

	public Kind kind() {
		return this.kind;
	}

}
