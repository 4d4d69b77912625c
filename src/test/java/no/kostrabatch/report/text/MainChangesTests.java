package no.kostrabatch.report.text;

import java.math.BigDecimal;
import java.util.List;

import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainChangesTests {

	private final MainChanges nb = new MainChanges(Lang.NB);

	/** Nine key figures, as a city's key-figures table has them; two cross their threshold. */
	private final List<MainChanges.Candidate> nine = List.of(
			count(Subject.RECIPIENTS, 6651, 7100, "-6.3"),
			count(Subject.MAIN_INCOME_SA, 2000, 2130, "-6.1"),
			share(Subject.SHARE_MAIN_INCOME_SA, "30.1", "30.0", "0.1"),
			count(Subject.LONG_TERM, 2900, 2950, "-1.7"),
			share(Subject.SHARE_LONG_TERM, "43.6", "41.5", "2.1"),
			count(Subject.YOUTH, 1400, 1420, "-1.4"),
			level(Subject.MEAN_MONTHS, "5.5", "5.4", "1.9"),
			level(Subject.NOK_PER_RECIPIENT, "50424", "50009", "0.8"),
			level(Subject.NOK_PER_MONTH, "9862", "9846", "0.2"));

	@Test
	void recipientsFirstThenOnlyTheChangesOverTheirThresholdLargestFirst() {
		assertThat(this.nb.select(this.nine)).extracting(MainChanges.Candidate::subject)
			.containsExactly(Subject.RECIPIENTS, Subject.MAIN_INCOME_SA, Subject.SHARE_LONG_TERM);
	}

	@Test
	void fewerSentencesThanRowsNamingTheLargestChange() {
		List<String> sentences = this.nb.sentences(this.nine, "Bergen", "2025", "2024");
		assertThat(sentences).hasSizeLessThan(this.nine.size())
			.containsExactly("Antall sosialhjelpsmottakere i Bergen gikk ned med 449 personer (6,3 %) fra 2024 til 2025.",
					"Antall med sosialhjelp som hovedinntekt i Bergen gikk ned med 130 personer (6,1 %) fra 2024 til 2025.",
					"Andelen langtidsmottakere i Bergen økte med 2,1 prosentpoeng, fra 41,5 prosent i 2024 til 43,6 prosent i 2025.",
					"De andre endringene i tabellen over er under 5 % (andeler: under 2 prosentpoeng).");
	}

	@Test
	void withNothingOverTheThresholdTheLargestChangeStillGetsItsSentence() {
		List<MainChanges.Candidate> small = List.of(count(Subject.RECIPIENTS, 3940, 3940, "0.0"),
				level(Subject.MEAN_MONTHS, "5.5", "5.4", "1.9"), level(Subject.NOK_PER_MONTH, "9862", "9846", "0.2"),
				share(Subject.SHARE_LONG_TERM, "41.6", "41.5", "0.1"));
		assertThat(this.nb.select(small)).extracting(MainChanges.Candidate::subject)
			.containsExactly(Subject.RECIPIENTS, Subject.MEAN_MONTHS);
	}

	@Test
	void aFigureWithoutAPublishedChangeIsNeverStatedAsAChange() {
		List<MainChanges.Candidate> candidates = List.of(count(Subject.RECIPIENTS, 6651, 7100, "-6.3"),
				new MainChanges.Candidate(Subject.YOUTH, Figure.hidden(), Figure.of(BigDecimal.valueOf(1420)), null),
				new MainChanges.Candidate(Subject.LONG_TERM, Figure.of(BigDecimal.valueOf(2900)), Figure.missing(), null),
				level(Subject.MEAN_MONTHS, "5.5", "5.4", "1.9"));
		List<String> sentences = this.nb.sentences(candidates, "Bergen", "2025", "2024");
		assertThat(sentences).containsExactly(
				"Antall sosialhjelpsmottakere i Bergen gikk ned med 449 personer (6,3 %) fra 2024 til 2025.",
				"Gjennomsnittlig stønadstid i Bergen økte fra 5,4 måneder i 2024 til 5,5 måneder i 2025.");
	}

	@Test
	void englishAndAtMostFourSentences() {
		List<MainChanges.Candidate> large = List.of(count(Subject.RECIPIENTS, 1100, 1000, "10.0"),
				count(Subject.MAIN_INCOME_SA, 600, 500, "20.0"), count(Subject.LONG_TERM, 540, 500, "8.0"),
				count(Subject.YOUTH, 330, 300, "10.0"), level(Subject.MEAN_MONTHS, "6.0", "5.0", "20.0"),
				share(Subject.SHARE_LONG_TERM, "49.1", "50.0", "-0.9"));
		List<String> sentences = new MainChanges(Lang.EN).sentences(large, "Bergen", "2025", "2024");
		assertThat(sentences).hasSize(MainChanges.MOST + 1)
			.startsWith("The number of recipients in Bergen rose by 100 persons (10.0%) from 2024 to 2025.")
			.endsWith("More changes are in the table above.");
		assertThat(new MainChanges(Lang.EN).select(large)).extracting(MainChanges.Candidate::subject)
			.containsExactly(Subject.RECIPIENTS, Subject.MAIN_INCOME_SA, Subject.MEAN_MONTHS, Subject.YOUTH);
	}

	private static MainChanges.Candidate count(Subject subject, int now, int before, String percent) {
		return new MainChanges.Candidate(subject, Figure.of(BigDecimal.valueOf(now)), Figure.of(BigDecimal.valueOf(before)),
				Change.of(BigDecimal.valueOf(now - before), new BigDecimal(percent)));
	}

	private static MainChanges.Candidate share(Subject subject, String now, String before, String points) {
		return new MainChanges.Candidate(subject, Figure.of(new BigDecimal(now)), Figure.of(new BigDecimal(before)),
				Change.of(new BigDecimal(points), null));
	}

	private static MainChanges.Candidate level(Subject subject, String now, String before, String percent) {
		return new MainChanges.Candidate(subject, Figure.of(new BigDecimal(now)), Figure.of(new BigDecimal(before)),
				Change.of(new BigDecimal(now).subtract(new BigDecimal(before)), new BigDecimal(percent)));
	}

}
