package no.kostrabatch.statistics;

/**
 * Settings of the counting.
 *
 * @param longTermThreshold support months from which a recipient is long-term (KOSTRA: 6)
 */
public record StatisticsSettings(int longTermThreshold) {

	public StatisticsSettings {
		if (longTermThreshold < 1 || longTermThreshold > 12) {
			throw new IllegalArgumentException("The long-term threshold must be 1..12 months");
		}
	}

	/** The settings in a catalogue text: {@code {long_term}} becomes the long-term threshold. */
	public String inTexts(String text) {
		return text.replace("{long_term}", String.valueOf(this.longTermThreshold));
	}

	public static StatisticsSettings defaults() {
		return new StatisticsSettings(6);
	}

}
