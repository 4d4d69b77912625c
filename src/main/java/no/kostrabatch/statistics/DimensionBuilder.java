package no.kostrabatch.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kostrabatch.statistics.internal.PersonVariables;
import no.kostrabatch.statistics.internal.Ranges;

/**
 * Builds one dimension of {@code dimensions.yaml}: its categories ({@code total} first) and its
 * classification, checked against the variables a person-year has.
 */
final class DimensionBuilder {

	private static final Label TOTAL_LABEL = new Label("I alt", "Total");

	private final String id;

	private final CatalogYaml.DimensionEntry entry;

	private final CatalogLoader.Source source;

	private final Map<String, CatalogYaml.MeasureEntry> measures;

	private final List<TableDefinition> tables;

	DimensionBuilder(String id, CatalogYaml.DimensionEntry entry, CatalogLoader.Source source,
			Map<String, CatalogYaml.MeasureEntry> measures, List<TableDefinition> tables) {
		this.id = id;
		this.entry = entry;
		this.source = source;
		this.measures = measures;
		this.tables = tables;
	}

	Dimension build() {
		List<Category> categories = new ArrayList<>();
		if (this.entry.categoriesFrom() != null) {
			TableDefinition table = this.tables.stream()
				.filter((t) -> t.id().equals(this.entry.categoriesFrom()))
				.findFirst()
				.orElseThrow(() -> problem("categories_from", "takes its categories from an unknown table '"
						+ this.entry.categoriesFrom() + "'"));
			for (String measureId : table.measures()) {
				CatalogYaml.MeasureEntry measure = this.measures.get(measureId);
				if (measure == null) {
					throw problem("categories_from", "takes its categories from " + table.id() + ", whose measure "
							+ measureId + " is no measure of measures.yaml");
				}
				categories.add(new Category(measureId, new Label(measure.nb(), measure.en()), List.of(),
						measure.definition().label()));
			}
			return new Dimension(this.id, this.entry.label().label(), categories, open(), this.entry.definition().label(),
					null);
		}
		categories.add(new Category(Dimension.TOTAL, TOTAL_LABEL, List.of(), null));
		for (CatalogYaml.CategoryEntry c : this.entry.categories()) {
			categories.add(new Category(c.code(), new Label(c.nb(), c.en()), c.members(),
					(c.definition() != null) ? c.definition().label() : null));
		}
		return new Dimension(this.id, this.entry.label().label(), categories, open(), this.entry.definition().label(),
				classification(categories));
	}

	private boolean open() {
		return Boolean.TRUE.equals(this.entry.open());
	}

	private Classification classification(List<Category> categories) {
		CatalogYaml.ClassifyEntry c = this.entry.classify();
		if (c.variable() != null && !PersonVariables.isDeclared(c.variable())) {
			throw problem("classify", "classifies the undeclared variable '" + c.variable() + "'; the variables are "
					+ String.join(", ", PersonVariables.names()));
		}
		List<Classification.Band> bands = new ArrayList<>();
		for (CatalogYaml.CategoryEntry category : this.entry.categories()) {
			boolean band = Boolean.TRUE.equals(c.bands()) && !Dimension.UNKNOWN.equals(category.code())
					&& category.members().isEmpty();
			if (band && category.from() == null) {
				throw problem("classify", "is classified in bands, so its category " + category.code()
						+ " needs the lower limit of its band (from: …)");
			}
			if (!band && category.from() != null) {
				throw problem("classify", "has a lower limit (from) on " + category.code() + " but is not classified in bands");
			}
			if (band) {
				bands.add(new Classification.Band(category.code(), category.from()));
			}
		}
		if (Boolean.TRUE.equals(c.bands()) && !PersonVariables.isNumber(c.variable())) {
			throw problem("classify", "is classified in bands of " + c.variable() + ", which is not a number");
		}
		bands.sort(Comparator.comparingLong(Classification.Band::from));
		checkRanges(bands);
		Map<String, String> codes = new LinkedHashMap<>();
		if (c.codesFile() != null) {
			Map<String, String> file = CatalogLoader.codeFile(c.codesFile());
			if (file == null) {
				throw problem("classify", "reads its codes from " + c.codesFile() + ", which does not exist");
			}
			codes.putAll(file);
		}
		codes.putAll(c.codes());
		codes.values().forEach((code) -> requireCode(categories, code));
		if (c.other() != null) {
			requireCode(categories, c.other());
		}
		List<Classification.Rule> rules = new ArrayList<>();
		for (CatalogYaml.RuleEntry rule : c.decide()) {
			requireCode(categories, rule.code());
			checkConditions(rule.when());
			checkConditions(rule.unless());
			rules.add(new Classification.Rule(rule.when(), rule.unless(), rule.code()));
		}
		return new Classification(c.variable(), bands, codes, c.other(), rules, Boolean.TRUE.equals(c.sourceMayLack()));
	}

	/** Band codes that are ranges must be the ranges their limits give, so that code and limit never drift apart. */
	private void checkRanges(List<Classification.Band> bands) {
		List<long[]> ranges = new ArrayList<>();
		for (Classification.Band band : bands) {
			try {
				ranges.add(Ranges.of(band.code()));
			}
			catch (IllegalArgumentException ex) {
				return;
			}
		}
		for (int i = 0; i < bands.size(); i++) {
			long[] range = ranges.get(i);
			boolean last = i + 1 == bands.size();
			boolean matches = range[0] == bands.get(i).from() && (last ? (range[1] == Long.MAX_VALUE || range[1] == range[0])
					: range[1] == bands.get(i + 1).from() - 1);
			if (!matches) {
				throw problem("classify", "has the band " + bands.get(i).code() + ", which is not the range its limits give (from "
						+ bands.get(i).from() + (last ? "" : " up to " + (bands.get(i + 1).from() - 1)) + ")");
			}
		}
	}

	private void checkConditions(Map<String, List<String>> conditions) {
		conditions.forEach((variable, values) -> {
			if (!PersonVariables.isDeclared(variable)) {
				throw problem("decide", "decides on the undeclared variable '" + variable + "'; the variables are "
						+ String.join(", ", PersonVariables.names()));
			}
			if (PersonVariables.isNumber(variable)) {
				for (String value : values) {
					try {
						Ranges.of(value);
					}
					catch (IllegalArgumentException ex) {
						throw problem("decide", "decides on " + variable + ", a number: " + ex.getMessage());
					}
				}
			}
		});
	}

	private void requireCode(List<Category> categories, String code) {
		if (categories.stream().noneMatch((c) -> c.code().equals(code) && !Dimension.TOTAL.equals(code))) {
			throw problem("classify", "gives the code '" + code + "', which is none of its categories");
		}
	}

	private CatalogException problem(String key, String message) {
		return this.source.problem(this.id, key, "the dimension " + this.id + " " + message);
	}

}
