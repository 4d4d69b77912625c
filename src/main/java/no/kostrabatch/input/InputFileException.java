package no.kostrabatch.input;

/** A whole input file cannot be read: missing, empty, no header, not 11F nor CSV. One sentence. */
public class InputFileException extends RuntimeException {

	public InputFileException(String message) {
		super(message);
	}

}
