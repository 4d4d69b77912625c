package no.kostrabatch.statistics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableCatalogTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			measure-without-english    | The catalogue file catalogues/measure-without-english/measures.yaml, line 8, column 3: recipients.definition: needs a text in bokmål and English (nb: …, en: …).
			table-without-definition   | The catalogue file catalogues/table-without-definition/tables/recipients_by_gender.yaml, line 1: the table recipients_by_gender needs a definition in bokmål and English (definition: {nb: …, en: …}).
			dimension-without-definition | The catalogue file catalogues/dimension-without-definition/dimensions.yaml, line 1: gender: needs a definition in bokmål and English (definition: {nb: …, en: …}).
			""")
	void aMissingDefinitionStopsTheLoad(String folder, String message) {
		assertThatThrownBy(() -> TableCatalog.load("catalogues/" + folder)).isInstanceOf(CatalogException.class)
			.hasMessage(message);
	}

	@Test
	void theShippedCatalogueDefinesEveryTableDimensionAndMeasure() {
		TableCatalog catalog = TableCatalog.load();

		assertThat(catalog.tables()).allSatisfy((t) -> assertThat(t.definition().en()).isNotBlank()
			.isNotEqualTo(t.definition().nb()));
		assertThat(catalog.dimensions().values()).allSatisfy((d) -> assertThat(d.definition().en()).isNotBlank()
			.isNotEqualTo(d.definition().nb()));
		assertThat(catalog.measures().values()).allSatisfy((m) -> assertThat(m.definition().en()).isNotBlank()
			.isNotEqualTo(m.definition().nb()));
		assertThat(catalog.dimension("family_phase").category("EM-19").flatMap(Category::definitionIfAny))
			.map(Label::en)
			.contains("Single (neither married nor cohabiting) man without children under 18, under 20.");
	}

	@Test
	void theIndicatorsAreTheKeyFiguresWithTheirLabelsAndNoTotal() {
		TableCatalog catalog = TableCatalog.load();
		Dimension indicator = catalog.dimension("indicator");

		assertThat(indicator.categories()).map(Category::code)
			.containsExactlyElementsOf(catalog.requireTable("key_figures").measures());
		assertThat(indicator.labelOf("share_long_term", Lang.NB)).isEqualTo("Andel langtidsmottakere");
		assertThat(indicator.category(Dimension.TOTAL)).isEmpty();
		assertThat(catalog.requireTable("key_figures_change").counted()).isFalse();
		assertThat(catalog.decimals("key_figures_change", "share_long_term", "change")).isEqualTo(1);
		assertThat(catalog.decimals("key_figures_change", "recipients", "change")).isEqualTo(0);
		assertThat(catalog.decimals("key_figures_change", "recipients", "change_percent")).isEqualTo(1);
		assertThat(catalog.decimals("recipients_by_age", "18-24", "change")).isEqualTo(0);
	}

}
