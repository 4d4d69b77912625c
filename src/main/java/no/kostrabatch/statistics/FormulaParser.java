package no.kostrabatch.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.kostrabatch.statistics.internal.PersonVariables;

/**
 * Reads the {@code formula} and {@code where} of each measure of {@code measures.yaml}. A formula
 * names variables of {@link PersonVariables} and other measures; those are resolved here, so an
 * undeclared name, a ratio over a measure that is not a count or a sum, or a condition on an unknown
 * dimension or code is a {@link Problem} naming the measure and its key.
 */
final class FormulaParser {

	static final String FORMULAS = "count, sum(variable), mean(variable), ratio(a, b, factor), share_of_known(measure),"
			+ " per_population(measure, factor)";

	private static final Pattern CALL = Pattern.compile("([a-z_]+)\\s*(?:\\((.*)\\))?");

	private final Map<String, CatalogYaml.MeasureEntry> entries;

	private final Map<String, Dimension> dimensions;

	private final Map<String, Formula> parsed = new HashMap<>();

	private final Set<String> parsing = new HashSet<>();

	FormulaParser(Map<String, CatalogYaml.MeasureEntry> entries, Map<String, Dimension> dimensions) {
		this.entries = entries;
		this.dimensions = dimensions;
	}

	/** A measure's entry is wrong at {@code key}. */
	static final class Problem extends RuntimeException {

		final String measure;

		final String key;

		Problem(String measure, String key, String message) {
			super(message);
			this.measure = measure;
			this.key = key;
		}

	}

	/** The formula of a measure, or {@code null} for one computed by a later step. */
	Formula formula(String id) {
		CatalogYaml.MeasureEntry entry = this.entries.get(id);
		if (entry.formula() == null) {
			return null;
		}
		Formula formula = this.parsed.get(id);
		if (formula != null) {
			return formula;
		}
		if (!this.parsing.add(id)) {
			throw new Problem(id, "formula", "the formula of " + id + " depends on itself");
		}
		formula = parse(id, entry.formula().strip(), where(id, entry.where()));
		this.parsing.remove(id);
		this.parsed.put(id, formula);
		return formula;
	}

	private Formula parse(String id, String text, Where where) {
		Matcher call = CALL.matcher(text);
		if (!call.matches()) {
			throw new Problem(id, "formula", "'" + text + "' is not a formula; the formulas are " + FORMULAS);
		}
		List<String> args = (call.group(2) != null) ? arguments(call.group(2)) : List.of();
		String name = call.group(1);
		switch (name) {
			case "count" -> {
				arity(id, name, args, 0, 0);
				return new Formula.Count(where);
			}
			case "sum" -> {
				arity(id, name, args, 1, 1);
				return new Formula.Sum(number(id, args.get(0)), where);
			}
			case "mean" -> {
				arity(id, name, args, 1, 1);
				return new Formula.Mean(number(id, args.get(0)), where);
			}
			case "ratio" -> {
				arity(id, name, args, 2, 3);
				return new Formula.Ratio(term(id, args.get(0), where), term(id, args.get(1), where),
						(args.size() == 3) ? factor(id, args.get(2)) : 1);
			}
			case "share_of_known" -> {
				arity(id, name, args, 1, 1);
				return new Formula.ShareOfKnown(term(id, args.get(0), where));
			}
			case "per_population" -> {
				arity(id, name, args, 2, 2);
				return new Formula.PerPopulation(term(id, args.get(0), where), factor(id, args.get(1)));
			}
			default -> throw new Problem(id, "formula",
					"'" + name + "' is not a formula; the formulas are " + FORMULAS);
		}
	}

	/** {@code count}, {@code sum(variable)} over the measure's own persons, or a measure that is a count or sum. */
	private Formula.Term term(String id, String text, Where where) {
		Matcher call = CALL.matcher(text);
		if (call.matches() && "count".equals(text)) {
			return new Formula.Count(where);
		}
		if (call.matches() && "sum".equals(call.group(1)) && call.group(2) != null) {
			return new Formula.Sum(number(id, call.group(2).strip()), where);
		}
		if (!this.entries.containsKey(text)) {
			throw new Problem(id, "formula", "the formula names '" + text
					+ "', which is no measure of measures.yaml (a term is count, sum(variable) or a measure)");
		}
		Formula named = formula(text);
		if (named instanceof Formula.Term t) {
			return t;
		}
		throw new Problem(id, "formula", "the formula names " + text + ", which is not a count or a sum");
	}

	private String number(String id, String variable) {
		if (!PersonVariables.isDeclared(variable)) {
			throw new Problem(id, "formula", "the formula names the undeclared variable '" + variable
					+ "'; the variables are " + String.join(", ", PersonVariables.names()));
		}
		if (!PersonVariables.isNumber(variable)) {
			throw new Problem(id, "formula", "the variable " + variable + " is a code, not a number to sum");
		}
		return variable;
	}

	private static int factor(String id, String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new Problem(id, "formula", "the factor '" + text + "' is not a whole number");
		}
	}

	private static void arity(String id, String name, List<String> args, int min, int max) {
		if (args.size() < min || args.size() > max) {
			throw new Problem(id, "formula", name + " takes " + ((min == max) ? String.valueOf(min) : min + " or " + max)
					+ " arguments, not " + args.size());
		}
	}

	private static List<String> arguments(String text) {
		List<String> args = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (c == ',' && depth == 0) {
				args.add(text.substring(start, i).strip());
				start = i + 1;
			}
		}
		if (!text.isBlank()) {
			args.add(text.substring(start).strip());
		}
		return args;
	}

	/** The condition of a measure, with each subtotal code given by its members as well. */
	private Where where(String id, Map<String, List<String>> where) {
		Map<String, Set<String>> codes = new HashMap<>();
		where.forEach((dimensionId, list) -> {
			Dimension dimension = this.dimensions.get(dimensionId);
			if (dimension == null || dimension.classification() == null) {
				throw new Problem(id, "where", "where names '" + dimensionId + "', which is no dimension a person is classified by");
			}
			Set<String> expanded = new LinkedHashSet<>();
			for (String code : list) {
				if (!Where.KNOWN.equals(code)) {
					Category category = dimension.category(code)
						.filter((c) -> !Dimension.TOTAL.equals(c.code()))
						.orElseThrow(() -> new Problem(id, "where", "where names the code '" + code + "', which "
								+ dimensionId + " does not have"));
					expanded.addAll(category.members());
				}
				expanded.add(code);
			}
			codes.put(dimensionId, expanded);
		});
		return new Where(codes);
	}

}
