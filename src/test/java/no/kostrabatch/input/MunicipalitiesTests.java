package no.kostrabatch.input;

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

}
