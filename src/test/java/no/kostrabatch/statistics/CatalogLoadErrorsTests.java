package no.kostrabatch.statistics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each mistake in a catalogue file stops the load with one sentence naming the file and the line:
 * the shipped catalogue is loaded with one broken folder of {@code catalogues/errors/} added.
 */
class CatalogLoadErrorsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
			unknown-key | The catalogue file catalogues/errors/unknown-key/measures.yaml, line 8, column 3: unknown key 'formla' under young (did you mean 'formula'?); the keys are computed_by, decimals, definition, en, follows, formula, kind, nb, unit_en, unit_nb, where, zero.
			wrong-type | The catalogue file catalogues/errors/wrong-type/measures.yaml, line 6, column 13: young.decimals must be a whole number, not 'one'.
			undeclared-variable | The catalogue file catalogues/errors/undeclared-variable/measures.yaml, line 8: young: the formula names the undeclared variable 'salary'; the variables are age, benefit_type, bidrag, children, children_flag, citizenship, civil_status, district, gender, housing, income_source, laan, nok, support_months, work_situation.
			undeclared-measure | The catalogue file catalogues/errors/undeclared-measure/measures.yaml, line 8: young: the formula names 'nobody', which is no measure of measures.yaml (a term is count, sum(variable) or a measure).
			unknown-code | The catalogue file catalogues/errors/unknown-code/measures.yaml, line 9: young: where names the code '0-29', which age does not have.
			missing-label | The catalogue file catalogues/errors/missing-label/dimensions.yaml, line 1: age_decade: needs a label in bokmål and English (label: {nb: …, en: …}).
			band-without-limit | The catalogue file catalogues/errors/band-without-limit/dimensions.yaml, line 3: the dimension age_decade is classified in bands, so its category 30+ needs the lower limit of its band (from: …).
			band-code-mismatch | The catalogue file catalogues/errors/band-code-mismatch/dimensions.yaml, line 3: the dimension age_decade has the band 0-19, which is not the range its limits give (from 0 up to 29).
			table-unknown-measure | The catalogue file catalogues/errors/table-unknown-measure/tables/recipients_young.yaml, line 5: the table recipients_young names the undeclared measure 'young'.
			count-in-table | The catalogue file catalogues/errors/count-in-table/tables/recipients_young.yaml, line 5: the table recipients_young needs exactly one count among its measures, of every person (formula: count, no where), not recipients, young.
			""")
	void aMistakeIsOneSentenceWithTheFileAndLine(String folder, String message) {
		assertThatThrownBy(() -> TableCatalog.load("statistics", "catalogues/errors/" + folder))
			.isInstanceOf(CatalogException.class)
			.hasMessage(message);
	}

}
