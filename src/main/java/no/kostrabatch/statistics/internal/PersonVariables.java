package no.kostrabatch.statistics.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import no.kostrabatch.statistics.PersonYear;
import no.kostrabatch.statistics.Regions;

/**
 * The variables of a person-year that the catalogue's dimensions and formulas may name: the only
 * place that reads a {@link PersonYear}'s fields for the statistics. Codes are text as delivered
 * ({@code null} when missing); numbers are {@code null} when not known.
 */
public final class PersonVariables {

	private static final Map<String, Function<PersonYear, Long>> NUMBERS = Map.of("age",
			(p) -> (p.age() != null) ? Long.valueOf(p.age()) : null, "children", PersonVariables::children,
			"support_months", (p) -> (long) p.supportMonths(), "nok", PersonYear::nok, "bidrag", PersonYear::bidrag,
			"laan", PersonYear::laan);

	private static final Map<String, Function<PersonYear, String>> CODES = Map.of("gender", PersonYear::gender,
			"civil_status", PersonYear::civilStatus, "children_flag", PersonYear::childrenFlag, "income_source",
			PersonYear::incomeSource, "benefit_type", PersonYear::benefitType, "work_situation",
			PersonYear::workSituation, "housing", PersonYear::housing, "citizenship", PersonVariables::country,
			"district", (p) -> Regions.knownDistrict(p.municipality(), p.district()));

	private PersonVariables() {
	}

	public static boolean isNumber(String name) {
		return NUMBERS.containsKey(name);
	}

	public static boolean isDeclared(String name) {
		return NUMBERS.containsKey(name) || CODES.containsKey(name);
	}

	/** Every variable's name, sorted, for a sentence that lists them. */
	public static Set<String> names() {
		Set<String> names = new TreeSet<>(NUMBERS.keySet());
		names.addAll(CODES.keySet());
		return names;
	}

	public static Long number(String name, PersonYear p) {
		return NUMBERS.get(name).apply(p);
	}

	/** The value of a variable as text (a number in decimal), or {@code null}. */
	public static String code(String name, PersonYear p) {
		Function<PersonYear, String> code = CODES.get(name);
		if (code != null) {
			return code.apply(p);
		}
		Long number = number(name, p);
		return (number != null) ? String.valueOf(number) : null;
	}

	/** The number of children under 18 the recipient supports (BU18 = 2 means 0), or {@code null}. */
	private static Long children(PersonYear p) {
		if ("2".equals(p.childrenFlag())) {
			return 0L;
		}
		if ("1".equals(p.childrenFlag()) && p.childrenCount() != null && p.childrenCount() > 0) {
			return (long) p.childrenCount();
		}
		return null;
	}

	/** A country code is two capital letters; anything else is not known. */
	private static String country(PersonYear p) {
		String country = p.citizenship();
		return (country != null && country.matches("[A-Z]{2}")) ? country : null;
	}

}
