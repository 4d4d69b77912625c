package no.kostrabatch.report.text;

import java.math.BigDecimal;

import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeSentencesTests {

	private final ChangeSentences nb = new ChangeSentences(Lang.NB);

	private final ChangeSentences en = new ChangeSentences(Lang.EN);

	@Test
	void fallRiseNoChangeOnePersonAndMissing() {
		assertThat(this.nb.count("Antall sosialhjelpsmottakere", "The number of recipients", n(7251), n(7700), "2025", "2024"))
			.isEqualTo("Antall sosialhjelpsmottakere gikk ned med 449 personer (5,8 %) fra 2024 til 2025.");
		assertThat(this.nb.count("Antall langtidsmottakere", "", n(1001), n(1000), "2025", "2024"))
			.isEqualTo("Antall langtidsmottakere økte med 1 person (0,1 %) fra 2024 til 2025.");
		assertThat(this.nb.count("Antall mottakere", "", n(1234), n(1234), "2025", "2024"))
			.isEqualTo("Antall mottakere var uendret fra 2024 til 2025 (1\u00A0234 personer).");
		assertThat(this.nb.count("Antall mottakere", "", n(12), null, "2025", "2024"))
			.isEqualTo("Antall mottakere var 12 personer i 2025. Tall for 2024 mangler, så endringen kan ikke beregnes.");
		assertThat(this.nb.count("Antall mottakere", "", null, n(3), "2025", "2024"))
			.isEqualTo("Antall mottakere for 2025 er ikke oppgitt (mangler eller er skjult).");
	}

	@Test
	void levelsAndEnglish() {
		assertThat(this.nb.level("Gjennomsnittlig stønadstid", "", new BigDecimal("5.4"), new BigDecimal("5.3"), "måneder",
				"months", "2025", "2024"))
			.isEqualTo("Gjennomsnittlig stønadstid økte fra 5,3 til 5,4 måneder fra 2024 til 2025.");
		assertThat(this.en.count("", "The number of recipients", n(7251), n(7700), "2025", "2024"))
			.isEqualTo("The number of recipients fell by 449 persons (5.8%) from 2024 to 2025.");
		assertThat(this.en.count("", "The number of recipients", n(7701), n(7700), "2025", "2024"))
			.isEqualTo("The number of recipients rose by 1 person (0.0%) from 2024 to 2025.");
	}

	private static BigDecimal n(long value) {
		return BigDecimal.valueOf(value);
	}

}
