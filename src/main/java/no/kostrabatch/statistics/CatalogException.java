package no.kostrabatch.statistics;

/**
 * The statistics catalogue is wrong: one sentence naming the file, the line and what is wrong. The
 * application does not start with such a catalogue.
 */
public class CatalogException extends IllegalArgumentException {

	public CatalogException(String message) {
		super(message);
	}

}
