package no.kostrabatch.sample;

/** The formats the generator writes. */
public enum SampleFormat {

	CSV, ELEVEN_F

}
