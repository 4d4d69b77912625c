package no.kostrabatch.statistics.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.PersonYear;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.TableCatalog;

/**
 * Puts a person-year into a category of each dimension of STATISTICS.md. A code the catalogue does
 * not list for a closed dimension becomes {@code unknown}.
 */
public final class Classifier {

	private static final Set<String> COUPLE = Set.of("2", "3");

	private final TableCatalog catalog;

	private final StatisticsSettings settings;

	private final Map<String, String> countryGroups;

	public Classifier(TableCatalog catalog, StatisticsSettings settings) {
		this.catalog = catalog;
		this.settings = settings;
		this.countryGroups = loadCountryGroups();
	}

	/** The category code of a person-year in a dimension. */
	public String code(String dimension, PersonYear p) {
		String raw = raw(dimension, p);
		Dimension d = this.catalog.dimension(dimension);
		if (raw == null || raw.isEmpty() || Dimension.TOTAL.equals(raw)) {
			return Dimension.UNKNOWN;
		}
		if (!d.open() && d.category(raw).isEmpty()) {
			return Dimension.UNKNOWN;
		}
		return raw;
	}

	private String raw(String dimension, PersonYear p) {
		return switch (dimension) {
			case "age" -> band(p.age(), new int[] { 18, 25, 30, 40, 50, 60, 67 },
					new String[] { "0-17", "18-24", "25-29", "30-39", "40-49", "50-59", "60-66", "67+" });
			case "age_ssb" -> band(p.age(), new int[] { 20, 25, 30, 40, 50, 60, 67 },
					new String[] { "0-19", "20-24", "25-29", "30-39", "40-49", "50-59", "60-66", "67+" });
			case "gender" -> p.gender();
			case "civil_status" -> p.civilStatus();
			case "citizenship" -> citizenship(p.citizenship());
			case "citizenship_group" -> citizenshipGroup(p.citizenship());
			case "children" -> children(p);
			case "income_source" -> p.incomeSource();
			case "benefit_type" -> p.benefitType();
			case "work_situation" -> p.workSituation();
			case "housing" -> p.housing();
			case "months" -> String.valueOf(p.supportMonths());
			case "duration_band" -> durationBand(p.supportMonths());
			case "long_term" -> (p.supportMonths() >= this.settings.longTermThreshold()) ? "yes" : "no";
			case "family_phase" -> familyPhase(p);
			case "district" -> Regions.knownDistrict(p.municipality(), p.district());
			case "amount_band" -> amountBand(p.nok());
			default -> throw new IllegalArgumentException("No classification for dimension " + dimension);
		};
	}

	/** The number of children under 18 the recipient supports, or {@code null} when not known. */
	public static Integer childrenSupported(PersonYear p) {
		if ("2".equals(p.childrenFlag())) {
			return 0;
		}
		if ("1".equals(p.childrenFlag()) && p.childrenCount() != null && p.childrenCount() > 0) {
			return p.childrenCount();
		}
		return null;
	}

	private static String children(PersonYear p) {
		Integer n = childrenSupported(p);
		if (n == null) {
			return null;
		}
		return (n >= 6) ? "6+" : String.valueOf(n);
	}

	private static String band(Integer age, int[] limits, String[] codes) {
		if (age == null || age < 0) {
			return null;
		}
		for (int i = 0; i < limits.length; i++) {
			if (age < limits[i]) {
				return codes[i];
			}
		}
		return codes[codes.length - 1];
	}

	private static String durationBand(int months) {
		if (months <= 1) {
			return "1";
		}
		if (months <= 3) {
			return "2-3";
		}
		if (months <= 5) {
			return "4-5";
		}
		if (months <= 9) {
			return "6-9";
		}
		return (months <= 11) ? "10-11" : "12";
	}

	private static String amountBand(long nok) {
		if (nok <= 0) {
			return null;
		}
		if (nok < 10_000) {
			return "1-9999";
		}
		if (nok < 50_000) {
			return "10000-49999";
		}
		if (nok < 100_000) {
			return "50000-99999";
		}
		return (nok < 150_000) ? "100000-149999" : "150000+";
	}

	private static String citizenship(String country) {
		if (country == null || !country.matches("[A-Z]{2}")) {
			return null;
		}
		return "NO".equals(country) ? "NO" : "foreign";
	}

	private String citizenshipGroup(String country) {
		String c = citizenship(country);
		if (c == null || "NO".equals(c)) {
			return c;
		}
		return this.countryGroups.getOrDefault(country, "group2");
	}

	/** SSB's family phase, decided in the order of STATISTICS.md. */
	static String familyPhase(PersonYear p) {
		String civil = p.civilStatus();
		String flag = p.childrenFlag();
		if (civil == null || !civil.matches("[1-5]") || flag == null || !flag.matches("[12]")) {
			return null;
		}
		boolean children = "1".equals(flag);
		if (COUPLE.contains(civil)) {
			return children ? "PB" : "PU";
		}
		String prefix = switch (String.valueOf(p.gender())) {
			case "1" -> "M";
			case "2" -> "K";
			default -> null;
		};
		if (prefix == null) {
			return null;
		}
		if (children) {
			return "EB" + prefix;
		}
		Integer age = p.age();
		if (age == null || age < 0) {
			return null;
		}
		String band = (age < 20) ? "-19" : (age < 25) ? "20-24" : (age < 45) ? "25-44" : (age < 67) ? "45-66" : "67+";
		return "E" + prefix + band;
	}

	private static Map<String, String> loadCountryGroups() {
		Map<String, String> groups = new HashMap<>();
		var in = Classifier.class.getClassLoader().getResourceAsStream("reference/country-groups.csv");
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().skip(1).filter((l) -> !l.isBlank()).forEach((l) -> {
				String[] f = l.split(";");
				groups.put(f[0], f[1]);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return groups;
	}

}
