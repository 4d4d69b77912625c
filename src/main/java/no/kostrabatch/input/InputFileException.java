package no.kostrabatch.input;

/**
 * A whole input file cannot be read: missing, empty, no header, not 11F nor CSV. One sentence, in which
 * a file name's runs of 11 or more digits are masked ({@link InputFileNames#masked}), since the sentence
 * also reaches the log and the store's job tables.
 */
public class InputFileException extends RuntimeException {

	public InputFileException(String message) {
		super(InputFileNames.masked(message));
	}

}
