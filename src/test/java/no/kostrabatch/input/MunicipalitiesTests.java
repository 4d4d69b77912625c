package no.kostrabatch.input;

import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalitiesTests {

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource({ "0301, 2025, true", "1804, 2025, true", "3203, 2025, true", "1508, 2024, true", "0788, 2025, false",
			"9999, 2025, false", "0000, 2025, false", "3005, 2024, false", "3005, 2023, true", "1507, 2024, false",
			"1507, 2023, true", "3203, 2023, false", "3099, 2022, true", "0788, 2019, true", "5001, 2017, false",
			"1601, 2017, true", "1601, 2018, false", "1201, 2020, false", "030, 2025, false" })
	void aNumberIsAMunicipalityInTheYearsTheListGivesIt(String code, int year, boolean exists) {
		assertThat(Municipalities.exists(code, year)).isEqualTo(exists);
	}

	/**
	 * Norway has had 357 municipalities since 1 January 2024 (Haram, 1580, out of Ålesund, 1508); the list
	 * was compared code by code with SSB's classification 131 at 1 January 2026 (357 codes and 9999
	 * "Uoppgitt", which is no municipality).
	 */
	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.ValueSource(ints = { 2024, 2025, 2026 })
	void everyYearFrom2024HasTheCountrys357Municipalities(int year) {
		assertThat(IntStream.range(0, 10_000).filter((n) -> Municipalities.exists("%04d".formatted(n), year)).count())
			.isEqualTo(357);
	}

}
