package no.kostrabatch.input;

/** The two input formats: the monthly CSV extract and the KOSTRA 11F file. */
public enum ExtractFormat {

	CSV, ELEVEN_F

}
