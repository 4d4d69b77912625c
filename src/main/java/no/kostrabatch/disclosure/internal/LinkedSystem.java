package no.kostrabatch.disclosure.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.kostrabatch.statistics.CountLinks;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * The linked system of one run's count cells: every count cell of every (table, region, period) is
 * a variable (published ones have a value, suppressed ones are unknown and at least 0), with helper
 * variables that are never published (the finest bands where two dimensions band one variable
 * differently; per municipality the recipients of no known district, a region of their own), and
 * the linear equalities anyone can derive from the catalogue: a total is the sum of its
 * categories, a subtotal of its members; a two-dimension table's margins are the one-dimension
 * tables and all tables over the same population have one total; a filtered table's total is the
 * cells of its filter; each band is the sum of its finest bands; a count of a table without
 * dimensions is its table cells ({@code CountLinks}, from the formulas); a municipality's cell is
 * the sum of its districts' cells and of its unknown-district cell; {@code recipients_by_district} gives each district's total.
 *
 * <p>
 * Variables are named by keys: {@code table|region|period|cat1|cat2} for table cells and
 * {@code key_figures|region|period|measure} for key-figure counts; helpers start with {@code ~}.
 */
public final class LinkedSystem {

	/** Prefix of helper variables and suffix of the unknown-district region. */
	public static final String HELPER = "~";


	private static final String RECIPIENTS_BY_DISTRICT = "recipients_by_district";

	private static final String POPULATION = "*population*";

	private final TableCatalog catalog;

	private final List<String> names = new ArrayList<>();

	private final Map<String, Integer> index = new HashMap<>();

	private final List<Long> values = new ArrayList<>();

	private final List<int[]> equationVariables = new ArrayList<>();

	private final List<long[]> equationCoefficients = new ArrayList<>();

	private LinkedSystem(TableCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Builds the system over count cells; a {@code null} value is an unknown. With
	 * {@code helperValues}, every count is known (the unsuppressed figures) and helpers get their true
	 * values too.
	 */
	public static LinkedSystem build(TableCatalog catalog, Map<String, Long> counts, boolean helperValues) {
		LinkedSystem system = new LinkedSystem(catalog);
		counts.forEach(system::variable);
		system.buildAll(counts, helperValues);
		return system;
	}

	/**
	 * A system of given equations {@code Σ coefficient × variable = 0} over named variables (a name
	 * that starts with {@link #HELPER} is a helper), for tests of the solvers on systems no catalogue
	 * gives.
	 */
	static LinkedSystem of(List<String> names, List<Long> values, List<int[]> variables, List<long[]> coefficients) {
		LinkedSystem system = new LinkedSystem(null);
		for (int v = 0; v < names.size(); v++) {
			system.variable(names.get(v), values.get(v));
		}
		system.equationVariables.addAll(variables);
		system.equationCoefficients.addAll(coefficients);
		return system;
	}

	public int size() {
		return this.names.size();
	}

	public String name(int variable) {
		return this.names.get(variable);
	}

	public int variable(String name) {
		return this.index.getOrDefault(name, -1);
	}

	/** The value of a variable, {@code null} when unknown. */
	public Long value(int variable) {
		return this.values.get(variable);
	}

	public boolean isHelper(int variable) {
		return this.names.get(variable).startsWith(HELPER);
	}

	public int equations() {
		return this.equationVariables.size();
	}

	/** The variables of an equation {@code Σ coefficient × variable = 0}. */
	public int[] equationVariables(int equation) {
		return this.equationVariables.get(equation);
	}

	public long[] equationCoefficients(int equation) {
		return this.equationCoefficients.get(equation);
	}

	/**
	 * Drops the equations that do not hold on the known values (cells that were not counted from one
	 * set of persons, such as hand-made test cells): they are no link of these figures.
	 * @return how many were dropped
	 */
	public int dropViolatedEquations() {
		int dropped = 0;
		for (int e = this.equationVariables.size() - 1; e >= 0; e--) {
			int[] vars = this.equationVariables.get(e);
			long[] coefs = this.equationCoefficients.get(e);
			long sum = 0;
			boolean complete = true;
			for (int i = 0; i < vars.length && complete; i++) {
				Long value = this.values.get(vars[i]);
				complete = value != null;
				sum += complete ? coefs[i] * value : 0;
			}
			if (complete && sum != 0) {
				this.equationVariables.remove(e);
				this.equationCoefficients.remove(e);
				dropped++;
			}
		}
		return dropped;
	}

	private int variable(String name, Long value) {
		Integer existing = this.index.get(name);
		if (existing != null) {
			return existing;
		}
		this.names.add(name);
		this.values.add(value);
		this.index.put(name, this.names.size() - 1);
		return this.names.size() - 1;
	}

	private void equation(Map<Integer, Long> terms) {
		if (terms.containsKey(-1)) {
			return;
		}
		Map<Integer, Long> nonZero = new LinkedHashMap<>();
		terms.forEach((v, c) -> {
			if (c != 0) {
				nonZero.put(v, c);
			}
		});
		if (nonZero.isEmpty()) {
			return;
		}
		int[] vars = new int[nonZero.size()];
		long[] coefs = new long[nonZero.size()];
		int i = 0;
		for (Map.Entry<Integer, Long> term : nonZero.entrySet()) {
			vars[i] = term.getKey();
			coefs[i++] = term.getValue();
		}
		this.equationVariables.add(vars);
		this.equationCoefficients.add(coefs);
	}

	/** {@code left = Σ right}, skipped when a cell is missing. */
	private void sum(int left, List<Integer> right) {
		Map<Integer, Long> terms = new LinkedHashMap<>();
		terms.put(left, 1L);
		for (int r : right) {
			if (r == -1) {
				terms.put(-1, 1L);
			}
			else {
				terms.merge(r, -1L, Long::sum);
			}
		}
		equation(terms);
	}

	private void buildAll(Map<String, Long> counts, boolean helperValues) {
		Map<String, Set<String>> regionPeriodKeys = new LinkedHashMap<>();
		for (String key : counts.keySet()) {
			String[] p = key.split("\\|", -1);
			regionPeriodKeys.computeIfAbsent(p[1] + "|" + p[2], (x) -> new LinkedHashSet<>()).add(key);
		}
		for (Map.Entry<String, Set<String>> entry : regionPeriodKeys.entrySet()) {
			String region = entry.getKey().substring(0, entry.getKey().indexOf('|'));
			String period = entry.getKey().substring(entry.getKey().indexOf('|') + 1);
			if (Regions.isDistrict(region)) {
				continue;
			}
			List<String> districts = regionPeriodKeys.keySet()
				.stream()
				.filter((rp) -> rp.endsWith("|" + period) && Regions.isDistrict(rp.substring(0, rp.indexOf('|')))
						&& rp.startsWith(region))
				.map((rp) -> rp.substring(0, rp.indexOf('|')))
				.toList();
			if (!districts.isEmpty()) {
				linkDistricts(region, period, districts, entry.getValue(), counts, helperValues);
			}
		}
		for (Map.Entry<String, Set<String>> entry : new ArrayList<>(regionPeriodKeys.entrySet())) {
			String region = entry.getKey().substring(0, entry.getKey().indexOf('|'));
			String period = entry.getKey().substring(entry.getKey().indexOf('|') + 1);
			regionPeriod(region, period, entry.getValue(), helperValues);
			if (this.index.containsKey(residualName(firstKey(entry.getValue())))) {
				Set<String> residualKeys = new LinkedHashSet<>();
				entry.getValue().forEach((k) -> residualKeys.add(residualName(k).substring(HELPER.length())));
				regionPeriod(region + HELPER, period, residualKeys, helperValues);
			}
		}
		for (Object[] pending : this.pendingDistrictTotals) {
			Integer population = this.populationTotals.get((String) pending[1]);
			if (population != null) {
				sum((Integer) pending[0], List.of(population));
			}
		}
	}

	private static String firstKey(Set<String> keys) {
		return keys.iterator().next();
	}

	/** The unknown-district cell of a municipality's cell key (a region {@code 0301~}). */
	private static String residualName(String key) {
		String[] p = key.split("\\|", -1);
		p[1] = p[1] + HELPER;
		return HELPER + String.join("|", p);
	}

	private int cell(String key) {
		Integer v = this.index.get(key);
		if (v == null) {
			v = this.index.get(HELPER + key);
		}
		return (v != null) ? v : -1;
	}

	private void linkDistricts(String municipality, String period, List<String> districts, Set<String> keys,
			Map<String, Long> counts, boolean helperValues) {
		for (String key : keys) {
			String[] p = key.split("\\|", -1);
			if (p[0].equals(RECIPIENTS_BY_DISTRICT)) {
				continue;
			}
			List<Integer> parts = new ArrayList<>();
			Long residual = helperValues ? counts.get(key) : null;
			for (String district : districts) {
				p[1] = district;
				String districtKey = String.join("|", p);
				parts.add(cell(districtKey));
				if (residual != null) {
					Long d = counts.get(districtKey);
					residual = (d == null) ? null : residual - d;
				}
			}
			if (parts.contains(-1)) {
				continue;
			}
			parts.add(variable(residualName(key), residual));
			sum(this.index.get(key), parts);
		}
		String total = RECIPIENTS_BY_DISTRICT + "|" + municipality + "|" + period + "|";
		for (String district : districts) {
			Integer cell = this.index.get(total + district.substring(municipality.length()) + "|");
			if (cell != null) {
				this.pendingDistrictTotals.add(new Object[] { cell, district + "|" + period });
			}
		}
		Integer unknown = this.index.get(total + Dimension.UNKNOWN + "|");
		if (unknown != null) {
			this.pendingDistrictTotals.add(new Object[] { unknown, municipality + HELPER + "|" + period });
		}
	}

	private final List<Object[]> pendingDistrictTotals = new ArrayList<>();

	private final Map<String, Integer> populationTotals = new HashMap<>();

	private void regionPeriod(String region, String period, Set<String> keys, boolean helperValues) {
		Map<String, Set<String>> cat1 = new LinkedHashMap<>();
		Map<String, Set<String>> cat2 = new LinkedHashMap<>();
		for (String key : keys) {
			String[] p = key.split("\\|", -1);
			if (p.length == 5) {
				cat1.computeIfAbsent(p[0], (x) -> new LinkedHashSet<>()).add(p[3]);
				cat2.computeIfAbsent(p[0], (x) -> new LinkedHashSet<>()).add(p[4]);
			}
		}
		String prefix = "|" + region + "|" + period + "|";
		Map<String, Integer> margins = new LinkedHashMap<>();
		List<TableDefinition> filtered = new ArrayList<>();
		for (Map.Entry<String, Set<String>> table : cat1.entrySet()) {
			TableDefinition definition = this.catalog.requireTable(table.getKey());
			String t = table.getKey() + prefix;
			for (List<String> group : AdditiveGroups.of(definition, this.catalog, table.getValue(), cat2.get(table.getKey()))) {
				sum(cell(t + group.get(0)), group.subList(1, group.size()).stream().map((g) -> cell(t + g)).toList());
			}
			if (definition.filter() != null) {
				filtered.add(definition);
				continue;
			}
			if (definition.dim2() == null) {
				for (String c : table.getValue()) {
					margin(margins, definition.dim1(), c, cell(t + c + "|"));
				}
			}
			else {
				for (String c : table.getValue()) {
					margin(margins, definition.dim1(), c, cell(t + c + "|" + Dimension.TOTAL));
				}
				for (String c : cat2.get(table.getKey())) {
					margin(margins, definition.dim2(), c, cell(t + Dimension.TOTAL + "|" + c));
				}
				for (String c1 : table.getValue()) {
					for (String c2 : cat2.get(table.getKey())) {
						if (!Dimension.TOTAL.equals(c1) && !Dimension.TOTAL.equals(c2)) {
							margin(margins, definition.dim1() + "×" + definition.dim2(), c1 + "|" + c2,
									cell(t + c1 + "|" + c2));
						}
					}
				}
			}
		}
		for (TableDefinition definition : filtered) {
			String totalKey = definition.id() + prefix + Dimension.TOTAL + "|"
					+ ((definition.dim2() != null) ? Dimension.TOTAL : "");
			List<Integer> parts = definition.filter()
				.codes()
				.stream()
				.sorted()
				.map((c) -> margins.getOrDefault(definition.filter().dimension() + "|" + c, -1))
				.toList();
			sum(cell(totalKey), parts);
		}
		for (List<String> banding : this.catalog.links().bandings()) {
			band(banding, margins, region, period, helperValues);
		}
		this.catalog.links().figureCells().forEach((table, links) -> {
			String kf = table + prefix;
			for (String everyone : this.catalog.requireTable(table).measures()) {
				int recipients = this.catalog.countsEveryone(everyone) ? cell(kf + everyone) : -1;
				if (recipients != -1) {
					margin(margins, "", Dimension.TOTAL, recipients);
				}
			}
			links.forEach((measure, link) -> {
				int figure = cell(kf + measure);
				if (figure == -1) {
					return;
				}
				Map<Integer, Long> terms = new LinkedHashMap<>();
				terms.put(figure, 1L);
				String dim = this.catalog.requireTable(link.table()).dim1();
				link.weights().forEach((code, weight) -> terms.merge(margins.getOrDefault(dim + "|" + code,
						Dimension.TOTAL.equals(code) ? margins.getOrDefault(POPULATION, -1) : -1), -weight, Long::sum));
				equation(terms);
				if (helperValues) {
					complement(figure, link, prefix, cat1, cat2);
				}
			});
		});
		Integer population = margins.get(POPULATION);
		if (population != null) {
			this.populationTotals.put(region + "|" + period, population);
		}
	}

	/**
	 * The same link seen from the other side: a key figure that counts some categories of a table
	 * ({@code recipients_18_66}: ages 18–66) leaves the table's total minus the figure to the other
	 * categories (under 18, 67 and over, unknown). That equation is the difference of two already
	 * written, so it adds nothing to the solutions; it is written so that the rule for counts pinned
	 * at their bound, which looks at one equation at a time, sees it: three suppressed counts that
	 * add up to the published 10 − 7 are 1 each. Written for the control only (with the true
	 * figures); the audit does not use it yet: with it, the audit finds counts pinned in ways the
	 * control does not model yet (issue 10's note).
	 */
	private void complement(int figure, CountLinks.KeyFigureCells link, String prefix, Map<String, Set<String>> cat1,
			Map<String, Set<String>> cat2) {
		TableDefinition table = this.catalog.requireTable(link.table());
		Set<String> codes = cat1.get(table.id());
		if (table.dim2() != null || table.filter() != null || codes == null
				|| link.weights().values().stream().anyMatch((w) -> w != 1L)) {
			return;
		}
		List<String> partition = AdditiveGroups.of(table, this.catalog, codes, cat2.get(table.id())).get(0);
		Set<String> inFigure = new LinkedHashSet<>();
		link.weights().keySet().forEach((code) -> inFigure.add(code + "|"));
		if (!partition.get(0).equals(Dimension.TOTAL + "|") || !partition.containsAll(inFigure)) {
			return;
		}
		String t = table.id() + prefix;
		Map<Integer, Long> terms = new LinkedHashMap<>();
		terms.put(cell(t + partition.get(0)), 1L);
		terms.merge(figure, -1L, Long::sum);
		for (String part : partition.subList(1, partition.size())) {
			if (!inFigure.contains(part)) {
				terms.merge(cell(t + part), -1L, Long::sum);
			}
		}
		equation(terms);
	}

	/** Registers a margin cell: the first of a (dimension, code) stands for it, later ones equal it. */
	private void margin(Map<String, Integer> margins, String dimension, String code, int variable) {
		if (variable == -1) {
			return;
		}
		String key = Dimension.TOTAL.equals(code) ? POPULATION : dimension + "|" + code;
		Integer first = margins.putIfAbsent(key, variable);
		if (first != null && first != variable) {
			sum(first, List.of(variable));
		}
	}

	private void band(List<String> dimensions, Map<String, Integer> margins, String region, String period,
			boolean helperValues) {
		TreeSet<Integer> lows = new TreeSet<>();
		Map<String, int[]> ranges = new LinkedHashMap<>();
		Integer unknown = null;
		for (String dimension : dimensions) {
			for (var category : this.catalog.dimension(dimension).categories()) {
				String code = category.code();
				Integer margin = margins.get(dimension + "|" + code);
				if (margin == null || Dimension.TOTAL.equals(code)) {
					continue;
				}
				if (Dimension.UNKNOWN.equals(code)) {
					if (unknown != null) {
						sum(unknown, List.of(margin));
					}
					unknown = margin;
					continue;
				}
				int[] range = CountLinks.range(code);
				ranges.put(dimension + "|" + code, range);
				lows.add(range[0]);
			}
		}
		if (ranges.isEmpty()) {
			return;
		}
		List<int[]> fine = new ArrayList<>();
		List<Integer> lowList = new ArrayList<>(lows);
		int highest = ranges.values().stream().mapToInt((r) -> r[1]).max().orElseThrow();
		for (int i = 0; i < lowList.size(); i++) {
			fine.add(new int[] { lowList.get(i), (i + 1 < lowList.size()) ? lowList.get(i + 1) - 1 : highest });
		}
		List<Integer> fineVariables = new ArrayList<>();
		for (int[] f : fine) {
			Long value = helperValues ? fineValue(f, ranges, margins) : null;
			fineVariables.add(variable(HELPER + String.join("+", dimensions) + "|" + region + "|" + period + "|" + f[0] + "-"
					+ ((f[1] == Integer.MAX_VALUE) ? "" : f[1]), value));
		}
		ranges.forEach((marginKey, range) -> {
			List<Integer> parts = new ArrayList<>();
			for (int i = 0; i < fine.size(); i++) {
				if (fine.get(i)[0] >= range[0] && fine.get(i)[1] <= range[1]) {
					parts.add(fineVariables.get(i));
				}
			}
			sum(margins.get(marginKey), parts);
		});
	}

	/** A finest band's true value: the count up to its high limit less the count below its low limit. */
	private Long fineValue(int[] fine, Map<String, int[]> ranges, Map<String, Integer> margins) {
		Long upTo = cumulative(fine[1], ranges, margins);
		Long below = (fine[0] == Integer.MIN_VALUE) ? Long.valueOf(0) : cumulative(fine[0] - 1, ranges, margins);
		return (upTo == null || below == null) ? null : upTo - below;
	}

	/** The count of all bands of one dimension up to a limit that is a band's high limit there. */
	private Long cumulative(int limit, Map<String, int[]> ranges, Map<String, Integer> margins) {
		int lowest = ranges.values().stream().mapToInt((r) -> r[0]).min().orElse(0);
		if (limit < lowest) {
			return 0L;
		}
		for (String dimension : ranges.keySet().stream().map((k) -> k.substring(0, k.indexOf('|'))).distinct().toList()) {
			boolean hasLimit = ranges.entrySet()
				.stream()
				.anyMatch((e) -> e.getKey().startsWith(dimension + "|") && e.getValue()[1] == limit);
			if (!hasLimit) {
				continue;
			}
			long sum = 0;
			for (Map.Entry<String, int[]> e : ranges.entrySet()) {
				if (e.getKey().startsWith(dimension + "|") && e.getValue()[1] <= limit) {
					Long v = this.values.get(margins.get(e.getKey()));
					if (v == null) {
						return null;
					}
					sum += v;
				}
			}
			return sum;
		}
		return null;
	}

}
