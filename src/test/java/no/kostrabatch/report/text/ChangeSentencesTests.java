package no.kostrabatch.report.text;

import java.math.BigDecimal;

import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeSentencesTests {

	private final ChangeSentences nb = new ChangeSentences(Lang.NB);

	private final ChangeSentences en = new ChangeSentences(Lang.EN);

	@Test
	void fallInBokmaal() {
		assertThat(this.nb.recipients(n(6886), n(7335), c("-449", "-6.1"), "2011", "2010"))
			.isEqualTo("Antall sosialhjelpsmottakere gikk ned med 449 personer (6,1 %) fra 2010 til 2011.");
		assertThat(this.nb.recipients(n(7251), n(7700), c("-449", "-5.8"), "2025", "2024"))
			.isEqualTo("Antall sosialhjelpsmottakere gikk ned med 449 personer (5,8 %) fra 2024 til 2025.");
	}

	@Test
	void riseOfOnePersonWithPlace() {
		assertThat(this.nb.change(Subject.LONG_TERM, "Bergen", n(1001), n(1000), c("1", "0.1"), "2025", "2024"))
			.isEqualTo("Antall langtidsmottakere i Bergen økte med 1 person (0,1 %) fra 2024 til 2025.");
		assertThat(this.en.change(Subject.LONG_TERM, "Bergen", n(1001), n(1000), c("1", "0.1"), "2025", "2024"))
			.isEqualTo("The number of long-term recipients in Bergen rose by 1 person (0.1%) from 2024 to 2025.");
	}

	@Test
	void thousandsWithNonBreakingSpaceAndNoChange() {
		assertThat(this.nb.recipients(n(12340), n(12340), c("0", "0.0"), "2025", "2024"))
			.isEqualTo("Antall sosialhjelpsmottakere var uendret fra 2024 til 2025 (12\u00A0340 personer).");
		assertThat(this.en.recipients(n(12340), n(12340), c("0", "0.0"), "2025", "2024"))
			.isEqualTo("The number of recipients was unchanged from 2024 to 2025 (12,340 persons).");
		assertThat(this.nb.recipients(n(1), n(1), c("0", "0.0"), "2025", "2024"))
			.isEqualTo("Antall sosialhjelpsmottakere var uendret fra 2024 til 2025 (1 person).");
	}

	@Test
	void missingPreviousOrCurrentFigures() {
		assertThat(this.nb.recipients(n(12), null, null, "2025", "2024"))
			.isEqualTo("Antall sosialhjelpsmottakere var 12 personer i 2025. Tall for 2024 mangler, så endringen kan ikke beregnes.");
		assertThat(this.en.recipients(n(1), null, null, "2025", "2024"))
			.isEqualTo("The number of recipients was 1 person in 2025. Figures for 2024 are missing, so the change cannot be computed.");
		assertThat(this.nb.recipients(n(12), null, null, "2025", null))
			.isEqualTo("Antall sosialhjelpsmottakere var 12 personer i 2025. Det finnes ingen tidligere periode å sammenligne med.");
		assertThat(this.nb.change(Subject.YOUTH, "Oslo", null, n(3), null, "2025", "2024"))
			.isEqualTo("Antall mottakere 18–24 år i Oslo for 2025 er ikke oppgitt (tallet mangler eller er skjult).");
		assertThat(this.en.change(Subject.YOUTH, null, null, n(3), null, "2025", "2024"))
			.isEqualTo("The number of recipients aged 18–24 for 2025 is not given (the figure is missing or suppressed).");
	}

	@Test
	void riseFromZeroHasNoPercentage() {
		assertThat(this.nb.change(Subject.MAIN_INCOME_SA, null, n(5), n(0), c("5", null), "2025", "2024"))
			.isEqualTo("Antall med sosialhjelp som hovedinntekt økte med 5 personer fra 2024 til 2025.");
	}

	@Test
	void levelsWithUnits() {
		assertThat(this.nb.change(Subject.MEAN_MONTHS, "Bergen", d("5.4"), d("5.3"), c("0.1", "1.9"), "2025", "2024"))
			.isEqualTo("Gjennomsnittlig stønadstid i Bergen økte fra 5,3 måneder i 2024 til 5,4 måneder i 2025.");
		assertThat(this.en.change(Subject.MEAN_MONTHS, "Bergen", d("5.2"), d("5.3"), c("-0.1", "-1.9"), "2025", "2024"))
			.isEqualTo("The mean duration in Bergen fell from 5.3 months in 2024 to 5.2 months in 2025.");
		assertThat(this.nb.change(Subject.NOK_PER_RECIPIENT, null, n(38094), n(38094), c("0", "0.0"), "2025", "2024"))
			.isEqualTo("Utbetalt stønad per mottaker var uendret på 38\u00A0094 kroner fra 2024 til 2025.");
		assertThat(this.en.change(Subject.NOK_PER_MONTH, "Oslo", n(11142), n(10980), c("162", "1.5"), "2025", "2024"))
			.isEqualTo("Assistance paid per support month in Oslo rose from NOK 10,980 in 2024 to NOK 11,142 in 2025.");
	}

	@Test
	void sharesChangeInPercentagePoints() {
		assertThat(this.nb.change(Subject.SHARE_LONG_TERM, null, d("41.6"), d("42.0"), c("-0.4", null), "2025", "2024"))
			.isEqualTo("Andelen langtidsmottakere gikk ned med 0,4 prosentpoeng, fra 42,0 prosent i 2024 til 41,6 prosent i 2025.");
		assertThat(this.en.change(Subject.SHARE_MAIN_INCOME_SA, "Bergen", d("31.5"), d("29.0"), c("2.5", null), "2025", "2024"))
			.isEqualTo("The share with assistance as their main income in Bergen rose by 2.5 percentage points, "
					+ "from 29.0 per cent in 2024 to 31.5 per cent in 2025.");
		assertThat(this.nb.change(Subject.SHARE_LONG_TERM, "Oslo", d("41.6"), d("41.6"), c("0.0", null), "2025", "2024"))
			.isEqualTo("Andelen langtidsmottakere i Oslo var uendret på 41,6 prosent fra 2024 til 2025.");
	}

	@Test
	void tinyChangeIsUnderOneTenthOfAPercent() {
		assertThat(this.nb.change(Subject.RECIPIENTS, "Trondheim", n(4102), n(4101), c("1", "0.0"), "2025", "2024"))
			.isEqualTo("Antall sosialhjelpsmottakere i Trondheim økte med 1 person (under 0,1 %) fra 2024 til 2025.");
		assertThat(this.en.recipients(n(4100), n(4101), c("-1", "-0.0"), "2025", "2024"))
			.isEqualTo("The number of recipients fell by 1 person (less than 0.1%) from 2024 to 2025.");
	}

	@Test
	void suppressedIsToldFromMissing() {
		assertThat(this.nb.change(Subject.YOUTH, "Oslo", Figure.hidden(), Figure.of(n(3)), null, "2025", "2024"))
			.isEqualTo("Antall mottakere 18–24 år i Oslo for 2025 er skjult av personvernhensyn (:).");
		assertThat(this.en.change(Subject.YOUTH, null, Figure.missing(), Figure.of(n(3)), null, "2025", "2024"))
			.isEqualTo("The number of recipients aged 18–24 for 2025 is missing (..).");
		assertThat(this.nb.change(Subject.LONG_TERM, null, Figure.of(n(7)), Figure.hidden(), null, "2025", "2024"))
			.isEqualTo("Antall langtidsmottakere var 7 personer i 2025. "
					+ "Tallet for 2024 er skjult av personvernhensyn, så endringen kan ikke beregnes.");
		assertThat(this.en.change(Subject.LONG_TERM, null, Figure.of(n(1)), Figure.hidden(), null, "2025", "2024"))
			.isEqualTo("The number of long-term recipients was 1 person in 2025. "
					+ "The figure for 2024 is suppressed to protect individuals, so the change cannot be computed.");
		assertThat(this.nb.change(Subject.LONG_TERM, null, Figure.of(n(7)), Figure.missing(), null, "2025", "2024"))
			.isEqualTo("Antall langtidsmottakere var 7 personer i 2025. Tall for 2024 mangler, så endringen kan ikke beregnes.");
		assertThat(this.nb.change(Subject.LONG_TERM, null, Figure.of(n(8)), Figure.of(n(7)), c("1", "14.3"), "2025", "2024"))
			.isEqualTo("Antall langtidsmottakere økte med 1 person (14,3 %) fra 2024 til 2025.");
	}

	@Test
	void fallOfOnePersonInBokmaalAndRiseInEnglish() {
		assertThat(this.nb.recipients(n(99), n(100), c("-1", "-1.0"), "2025", "2024"))
			.isEqualTo("Antall sosialhjelpsmottakere gikk ned med 1 person (1,0 %) fra 2024 til 2025.");
		assertThat(this.en.recipients(n(110), n(100), c("10", "10.0"), "2025", "2024"))
			.isEqualTo("The number of recipients rose by 10 persons (10.0%) from 2024 to 2025.");
	}

	@Test
	void numbersInBothLanguages() {
		NumberText norwegian = new NumberText(Lang.NB);
		NumberText english = new NumberText(Lang.EN);
		assertThat(norwegian.format(d("-1234567.25"), 1)).isEqualTo("\u22121\u00A0234\u00A0567,3");
		assertThat(english.format(d("-1234567.25"), 1)).isEqualTo("-1,234,567.3");
		assertThat(norwegian.signed(n(42), 0)).isEqualTo("+42");
		assertThat(norwegian.percent(d("5.75"))).isEqualTo("5,8 %");
		assertThat(english.percent(d("5.75"))).isEqualTo("5.8%");
	}

	/** A published change: the difference and the change in per cent ({@code null} when there is none). */
	private static Change c(String difference, String percent) {
		return Change.of(new BigDecimal(difference), (percent != null) ? new BigDecimal(percent) : null);
	}

	private static BigDecimal n(long value) {
		return BigDecimal.valueOf(value);
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

}
