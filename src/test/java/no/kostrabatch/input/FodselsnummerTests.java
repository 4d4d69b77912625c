package no.kostrabatch.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FodselsnummerTests {

	@ParameterizedTest(name = "{0} ({1}) valid = {2}")
	@CsvSource({ "05011399292, fnr, true", "41011088188, D-number, true", "01840699478, synthetic, true",
			"05012999999, unborn placeholder, true", "01840612345, bad check digits, false",
			"01020304050, bad check digits, false", "24101219220, fnr, true", "01000000040, fnr-shaped, false",
			"01010100100, adapted placeholder, true", "01010100200, adapted placeholder, true",
			"'', blank, false", "0501139929, ten digits, false" })
	void validAsRule005SeesIt(String number, String kind, boolean valid) {
		assertThat(Fodselsnummer.isValidFnrOrDnr(number, 2025)).isEqualTo(valid);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "01015450068, 1854-01-01", "31129974810, 1899-12-31", "01010000110, 1900-01-01",
			"31129949980, 1999-12-31", "01014090017, 1940-01-01", "01010050053, 2000-01-01",
			"31123999854, 2039-12-31", "31124588890, 2045-12-31", "01014074912, 2040-01-01",
			"01012699999, 2026-01-01", "01012799999, 1927-01-01", "01018000100, 1980-01-01",
			"01010100100, 2001-01-01", "41011088188, 2010-01-01", "01840699478, 2006-04-01" })
	void birthDateWithCentury(String number, String date) {
		assertThat(Fodselsnummer.birthDate(number, 2025)).hasValue(java.time.LocalDate.parse(date));
	}

	@ParameterizedTest
	@CsvSource({ "01410699478", "32010012345", "abcdefghijk" })
	void unreadableBirthDate(String number) {
		assertThat(Fodselsnummer.birthDate(number, 2025)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "010185001", "311299748" })
	void checkDigitsAreComputedSoTheNumberValidates(String nine) {
		Fodselsnummer.withCheckDigits(nine)
			.ifPresent((number) -> assertThat(Fodselsnummer.hasValidCheckDigits(number)).isTrue());
		assertThat(Fodselsnummer.withCheckDigits("311299748")).hasValue("31129974810");
	}

	@ParameterizedTest
	@CsvSource({ "201017238203, true", "200816832910, true", "201012345678, false", "241012192200, false",
			"010000000400, false", "abcdefghijkl, false" })
	void dufCheckDigits(String number, boolean valid) {
		assertThat(DufNumber.isValid(number)).isEqualTo(valid);
	}

}
