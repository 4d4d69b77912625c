package no.kostrabatch.jobs;

/** A run that cannot go on, with one sentence that tells the user why and what to do. */
public class RunFailure extends RuntimeException {

	public RunFailure(String message) {
		super(message);
	}

}
