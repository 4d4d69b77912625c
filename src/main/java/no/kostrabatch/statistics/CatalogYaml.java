package no.kostrabatch.statistics;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The catalogue's YAML as Jackson binds it, one record per kind of entry; unknown keys, wrong types
 * and entries without their texts are refused with the file and line ({@code input.YamlFiles}).
 * {@link CatalogLoader} turns these into the catalogue's public types.
 */
final class CatalogYaml {

	private CatalogYaml() {
	}

	/** A text in bokmål and English; both are needed. */
	record Text(String nb, String en) {

		Text {
			if (blank(nb) || blank(en)) {
				throw new IllegalArgumentException("needs a text in bokmål and English (nb: …, en: …)");
			}
			nb = nb.strip();
			en = en.strip();
		}

		Label label() {
			return new Label(this.nb, this.en);
		}

	}

	record DimensionEntry(Text label, Text definition, List<CategoryEntry> categories, Boolean open,
			@JsonProperty("categories_from") String categoriesFrom, ClassifyEntry classify) {

		DimensionEntry {
			categories = (categories != null) ? categories : List.of();
		}

		/** Checked after binding, so that an unknown key is told before a key it may have misspelt. */
		void check() {
			require(this.label, "label");
			require(this.definition, "definition");
			if (this.categoriesFrom == null && this.classify == null) {
				throw new IllegalArgumentException("needs classify (how a person gets a code) or categories_from");
			}
			if (this.classify != null) {
				this.classify.check();
			}
		}

	}

	record CategoryEntry(String code, String nb, String en, List<String> members, Text definition, Long from) {

		CategoryEntry {
			if (blank(code) || blank(nb)) {
				throw new IllegalArgumentException("a category needs a code and a label (code: …, nb: …, en: …)");
			}
			members = (members != null) ? members : List.of();
		}

	}

	record ClassifyEntry(String variable, Boolean bands, Map<String, String> codes,
			@JsonProperty("codes_file") String codesFile, String other, List<RuleEntry> decide,
			@JsonProperty("source_may_lack") Boolean sourceMayLack) {

		ClassifyEntry {
			codes = (codes != null) ? codes : Map.of();
			decide = (decide != null) ? decide : List.of();
		}

		void check() {
			if (this.decide.isEmpty() == blank(this.variable)) {
				throw new IllegalArgumentException("classify needs either a variable or a decision table (decide)");
			}
		}

	}

	record RuleEntry(Map<String, List<String>> when, Map<String, List<String>> unless, String code) {

		RuleEntry {
			when = (when != null) ? when : Map.of();
			unless = (unless != null) ? unless : Map.of();
			if (blank(code)) {
				throw new IllegalArgumentException("a rule needs the code it gives");
			}
		}

	}

	record MeasureEntry(String nb, String en, @JsonProperty("unit_nb") String unitNb,
			@JsonProperty("unit_en") String unitEn, Integer decimals, Text definition, String formula,
			Map<String, List<String>> where, String zero, @JsonProperty("computed_by") String computedBy, String kind,
			List<String> follows) {

		MeasureEntry {
			where = (where != null) ? where : Map.of();
			follows = (follows != null) ? follows : List.of();
		}

		/** Checked after binding, so that an unknown key is told before a key it may have misspelt. */
		void check() {
			if (blank(this.nb) || blank(this.en) || blank(this.unitNb) || blank(this.unitEn) || this.decimals == null) {
				throw new IllegalArgumentException("needs its label (nb, en), unit (unit_nb, unit_en) and decimals");
			}
			require(this.definition, "definition");
			if (blank(this.formula) == blank(this.computedBy)) {
				throw new IllegalArgumentException("needs either a formula or computed_by (the step that computes it)");
			}
			if (!blank(this.formula) && (this.kind != null || !this.follows.isEmpty())) {
				throw new IllegalArgumentException("kind and follows are for a measure computed_by another step");
			}
		}

	}

	record TableEntry(String id, Integer order, Text title, Text definition, List<String> dimensions,
			List<String> measures, FilterEntry filter, @JsonProperty("derived_from") String derivedFrom,
			@JsonProperty("unit_from_indicator") List<String> unitFromIndicator) {

		TableEntry {
			dimensions = (dimensions != null) ? dimensions : List.of();
			measures = (measures != null) ? measures : List.of();
			unitFromIndicator = (unitFromIndicator != null) ? unitFromIndicator : List.of();
			order = (order != null) ? order : 1000;
		}

		/** Checked after binding, so that an unknown key is told before a key it may have misspelt. */
		void check() {
			if (blank(this.id)) {
				throw new IllegalArgumentException("needs its id");
			}
			require(this.title, "title");
			require(this.definition, "definition");
		}

	}

	record FilterEntry(String dimension, List<String> codes) {

		FilterEntry {
			if (blank(dimension) || codes == null || codes.isEmpty()) {
				throw new IllegalArgumentException("a filter needs a dimension and its codes");
			}
		}

	}

	private static void require(Text text, String key) {
		if (text == null) {
			throw new IllegalArgumentException("needs a " + key + " in bokmål and English (" + key + ": {nb: …, en: …})");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
