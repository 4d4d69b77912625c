package no.kostrabatch.input;

/**
 * A YAML file the user wrote (a job file, a column mapping) is wrong: one sentence naming the file,
 * the line and column, and the key. It is wrong use, not a refused input.
 */
public class YamlFileException extends RuntimeException {

	public YamlFileException(String message) {
		super(message);
	}

}
