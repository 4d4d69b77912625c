package no.kostrabatch.validation.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class Rule002FilbeskrivelseTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void checksEveryFieldAgainstTheFileDescription(String description, int year, Map<ElevenFField, String> overrides,
			List<String> messages) {
		ElevenFRecord record = ElevenFTestRecords.record(year, overrides);

		List<Finding> findings = new Rule002Filbeskrivelse().check(record,
				new no.kostrabatch.validation.ValidationContext(year, record.value(ElevenFField.KOMMUNE_NR)));

		assertThat(findings).extracting(Finding::message).containsExactlyElementsOf(messages);
		findings.forEach((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R002);
			assertThat(f.line()).isEqualTo(7);
			assertThat(f.journal()).isEqualTo(record.value(ElevenFField.PERSON_JOURNALNR));
			assertThat(f.message()).doesNotContain(ElevenFTestRecords.fnr(1990)).doesNotContain("17051990");
		});
	}

	static Stream<Arguments> rows() {
		return Stream.of(Arguments.of("valid Oslo record, 2025", 2025, Map.of(), List.of()),
				Arguments.of("valid Oslo record, 2026", 2026, Map.of(), List.of()),
				Arguments.of("blank district outside Oslo is right", 2025,
						Map.of(ElevenFField.KOMMUNE_NR, "4601", ElevenFField.BYDELSNR, "  "), List.of()),
				Arguments.of("blank district in Oslo", 2025, Map.of(ElevenFField.BYDELSNR, "  "),
						List.of("Korrigér feltet BYDELSNR, posisjon 7–8: mangler obligatorisk verdi.")),
				Arguments.of("blank mandatory code", 2025, Map.of(ElevenFField.KJONN, " "),
						List.of("Korrigér feltet KJONN, posisjon 48–48: mangler obligatorisk verdi.")),
				Arguments.of("invalid code", 2025, Map.of(ElevenFField.TRYGDESIT, "03"),
						List.of("Korrigér feltet TRYGDESIT, posisjon 54–55: koden '03' er ikke blant "
								+ "[01, 02, 04, 05, 06, 07, 09, 10, 11, 12, 13].")),
				Arguments.of("month code in the wrong month", 2025, Map.of(ElevenFField.STMND_2, "01"),
						List.of("Korrigér feltet STMND_2, posisjon 60–61: koden '01' er ikke blant [02].")),
				Arguments.of("letters in an amount", 2025, Map.of(ElevenFField.BIDRAG, "12a4   "),
						List.of("Korrigér feltet BIDRAG, posisjon 82–88: er et tallfelt, men inneholder '12a4'.")),
				Arguments.of("decimal comma in an amount", 2025, Map.of(ElevenFField.LAAN, "3,5    "),
						List.of("Korrigér feltet LAAN, posisjon 89–95: er et tallfelt, men inneholder '3,5'.")),
				Arguments.of("a signed amount is an integer", 2025, Map.of(ElevenFField.LAAN, "-000010"), List.of()),
				Arguments.of("31 February is clamped", 2025,
						Map.of(ElevenFField.UTBETDATO, "31022025", ElevenFField.UTBETTOMDATO, "30022025"), List.of()),
				Arguments.of("day 32", 2025, Map.of(ElevenFField.UTBETDATO, "32012025"),
						List.of("Korrigér feltet UTBETDATO, posisjon 279–286: er et datofelt med mønster DDMMYYYY, men "
								+ "inneholder '32012025'.")),
				Arguments.of("invalid birth date is not shown", 2025, Map.of(ElevenFField.FODSELSDATO, "17131990"),
						List.of("Korrigér feltet FODSELSDATO, posisjon 9–16: er et datofelt med mønster DDMMYYYY, men "
								+ "inneholder verdien.")),
				Arguments.of("blank case worker", 2025, Map.of(ElevenFField.SAKSBEHANDLER, "          "),
						List.of("Korrigér feltet SAKSBEHANDLER, posisjon 266–275: mangler obligatorisk verdi.")),
				Arguments.of("blank fødselsnummer and condition are optional", 2025,
						Map.of(ElevenFField.PERSON_FODSELSNR, "           ", ElevenFField.VILKARARBEID, "  "),
						List.of()),
				Arguments.of("two problems, two findings in field order", 2025,
						Map.of(ElevenFField.BOSIT, "9", ElevenFField.KJONN, " "),
						List.of("Korrigér feltet KJONN, posisjon 48–48: mangler obligatorisk verdi.",
								"Korrigér feltet BOSIT, posisjon 276–276: koden '9' er ikke blant [1, 2, 3, 4, 5, 6].")),
				Arguments.of("year 0000 is no date", 2025, Map.of(ElevenFField.UTBETDATO, "01010000"), List.of("Korrigér feltet UTBETDATO, posisjon 279–286: er et datofelt med mønster DDMMYYYY, men inneholder '01010000'.")),
				Arguments.of("a doubled sign is no integer", 2025, Map.of(ElevenFField.BIDRAG, "++00005"), List.of("Korrigér feltet BIDRAG, posisjon 82–88: er et tallfelt, men inneholder '++00005'.")),
				Arguments.of("+- is no integer", 2025, Map.of(ElevenFField.LAAN, "+-00005"), List.of("Korrigér feltet LAAN, posisjon 89–95: er et tallfelt, men inneholder '+-00005'.")),
				Arguments.of("full-width digits are an integer", 2025, Map.of(ElevenFField.BIDRAG_FEB, "１０００"), List.of()),
				Arguments.of("NUL padding is not blank", 2025, Map.of(ElevenFField.ANTBU18, "\u0000\u0000"), List.of("Korrigér feltet ANTBU18, posisjon 51–52: er et tallfelt, men inneholder '\\u0000\\u0000'.")),
				Arguments.of("a control character in a code", 2025, Map.of(ElevenFField.BOSIT, "\u0001"), List.of("Korrigér feltet BOSIT, posisjon 276–276: koden '\\u0001' er ikke blant [1, 2, 3, 4, 5, 6].")),
				Arguments.of("NBSP around an amount is blank space", 2025, Map.of(ElevenFField.LAAN_MARS, "\u00A0\u00A05\u00A0"), List.of()),
				Arguments.of("ideographic spaces are blank", 2025, Map.of(ElevenFField.UTBETDATO, "\u3000".repeat(8)), List.of()),
				Arguments.of("em spaces in a mandatory field are blank", 2025, Map.of(ElevenFField.KJONN, "\u2003"), List.of("Korrigér feltet KJONN, posisjon 48–48: mangler obligatorisk verdi.")));
	}

}
