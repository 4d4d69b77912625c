package no.kostrabatch.disclosure.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Region;
import no.kostrabatch.statistics.TableCatalog;

/**
 * Secondary suppression over the linked system of a run: while a suppressed count has a single value
 * given everything published, the cheapest of the published counts its value is worked out from is
 * suppressed too (the smallest non-zero count; a count that would be alone in an equation after
 * the others, and a total or a key figure only when nothing else will do, since a total is a copy in
 * every table of its region and hiding it hides the region's size everywhere). The
 * test is exact because every suppressed count is at least 1 in the true figures (zeros are never
 * suppressed), so the true figures are a solution inside every non-negativity bound and a count is
 * fixed by the published ones exactly when the equations alone fix it; helper variables whose true
 * value is 0 are taken as known, which can only make the control stricter. Once every count is
 * protected, {@link Release} gives back the counts picked on the way that turned out not to be
 * needed (most expensive first: a district's total before an inner cell).
 */
public final class LinkedSuppression {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LinkedSuppression.class);

	private static final long TOTAL_PENALTY = 1L << 40;

	private static final long KEY_FIGURE_PENALTY = 1L << 30;

	private static final long SINGLETON_PENALTY = 1L << 20;

	private static final double REPAIR_TOTAL = 1e4;

	private static final double REPAIR_KEY_FIGURE = 100;

	private LinkedSuppression() {
	}

	/**
	 * Suppresses more counts until none of {@code hidden} can be worked out.
	 * @param counts every count cell of the run with its true value
	 * @param hidden the counts suppressed so far; more are added
	 * @param candidates the counts that may be suppressed to protect others
	 * @param release the municipalities whose added counts that turn out not to be needed are given
	 *     back ({@link Release})
	 * @return the counts this pass added
	 */
	public static Set<String> protect(TableCatalog catalog, Map<String, Long> counts, Set<String> hidden,
			Set<String> candidates, java.util.function.Predicate<String> release) {
		LinkedSystem system = LinkedSystem.build(catalog, counts, true);
		system.dropViolatedEquations();
		boolean[] unknown = new boolean[system.size()];
		for (int v = 0; v < system.size(); v++) {
			Long value = system.value(v);
			unknown[v] = system.isHelper(v) ? (value == null || value != 0) : hidden.contains(system.name(v));
		}
		List<List<Integer>> equationsOf = new ArrayList<>();
		for (int v = 0; v < system.size(); v++) {
			equationsOf.add(new ArrayList<>());
		}
		for (int e = 0; e < system.equations(); e++) {
			for (int v : system.equationVariables(e)) {
				equationsOf.get(v).add(e);
			}
		}
		List<List<Integer>> copies = copies(system);
		boolean[] headline = new boolean[system.size()];
		for (int v = 0; v < system.size(); v++) {
			for (int c : copies.get(v)) {
				headline[v] |= municipalityTotal(system, c);
			}
		}
		Set<String> added = new LinkedHashSet<>();
		Set<Integer> changed = null;
		Set<Integer> pinnedBefore = Set.of();
		long[] price = new long[system.size()];
		for (int v = 0; v < price.length; v++) {
			price[v] = cost(system, v, candidates);
		}
		Choice choice = new Choice(system, unknown, equationsOf, price, headline);
		boolean released = false;
		while (true) {
			Round round = new Round(choice);
			Map<Integer, Integer> pinned = pinned(system, unknown);
			for (Map.Entry<Integer, Integer> entry : pinned.entrySet()) {
				if (entry.getValue() >= 0 && round.free(entry.getKey())) {
					round.protect(entry.getKey(), knownsOf(system, entry.getValue(), unknown), null);
				}
			}
			boolean[] solving = unknown.clone();
			pinned.keySet().forEach((v) -> solving[v] = false);
			if (changed != null) {
				for (int v : pinnedBefore) {
					if (!pinned.containsKey(v)) {
						changed.add(v);
					}
				}
			}
			for (Determinacy.Component component : Determinacy.components(system, solving)) {
				if (changed != null && component.unknowns().stream().noneMatch(changed::contains)) {
					continue;
				}
				Map<Integer, List<Integer>> witnesses = Determinacy.witnesses(system, component, solving,
						component.unknowns().get(0), (w) -> !unknown[w] && price[w] != Long.MAX_VALUE);
				for (Map.Entry<Integer, List<Integer>> entry : witnesses.entrySet()) {
					if (!system.isHelper(entry.getKey()) && round.free(entry.getKey())) {
						round.protect(entry.getKey(), entry.getValue(), component);
					}
				}
				if (component.unknowns().size() <= CellRanges.LP_LIMIT) {
					for (int fixed : CellRanges.narrow(system, solving, component, 1).keySet()) {
						if (!witnesses.containsKey(fixed) && round.free(fixed)) {
							round.protect(fixed, List.of(), component);
						}
					}
				}
			}
			Set<Integer> next = round.next;
			List<Integer> stuck = round.stuck;
			if (next.isEmpty()) {
				if (!stuck.isEmpty()) {
					throw new IllegalStateException("Disclosure control cannot protect " + system.name(stuck.get(0)));
				}
				if (released) {
					return added;
				}
				released = true;
				Set<Integer> large = largeComponents(system, unknown);
				for (int v : releaseSecondaries(system, unknown, hidden, added, copies, release,
						prices(system, copies, candidates))) {
					added.remove(system.name(v));
				}
				if (large.isEmpty()) {
					return added;
				}
				if (!SparseLp.available()) {
					LOG.warn("Disclosure control: the sparse linear programmes are off or did not load on this platform, "
							+ "so in components of more than {} unknowns (a city's districts) a count pinned by several "
							+ "equations together is not found (docs/SECURITY.md, point 3)", CellRanges.LP_LIMIT);
					return added;
				}
				PinRepair.Outcome repair = PinRepair.repair(system, unknown,
						List.of((v) -> price[v] != Long.MAX_VALUE && system.value(v) > 1 && !headline[v],
								(v) -> price[v] != Long.MAX_VALUE && system.value(v) > 1),
						(v) -> repairCost(system, v, headline), large);
				if (!repair.unprotected().isEmpty()) {
					throw new IllegalStateException(
							"Disclosure control cannot protect " + system.name(repair.unprotected().get(0)));
				}
				if (repair.suppress().isEmpty()) {
					return added;
				}
				next = repair.suppress();
			}
			Set<Integer> withCopies = new HashSet<>();
			for (int v : next) {
				for (int c : copies.get(v)) {
					if (!unknown[c] && !system.isHelper(c)) {
						unknown[c] = true;
						added.add(system.name(c));
						withCopies.add(c);
					}
				}
			}
			changed = withCopies;
			pinnedBefore = pinned.keySet();
		}
	}

	/** The unknowns of the components too large for the per-count linear programmes. */
	private static Set<Integer> largeComponents(LinkedSystem system, boolean[] unknown) {
		Set<Integer> large = new HashSet<>();
		for (Determinacy.Component component : Determinacy.components(system, unknown)) {
			if (component.unknowns().size() > CellRanges.LP_LIMIT) {
				large.addAll(component.unknowns());
			}
		}
		return large;
	}

	/**
	 * What suppressing a published count costs in {@link PinRepair}'s programme: more for a larger
	 * count, far more for a key figure and most for a total (measured on a 1 000-recipient Oslo year:
	 * with totals at 100 times an inner count, 96 total cells were hidden; at 10 000 times, 70 and fewer
	 * cells in all; key figures at 10 000 too hid more of both). A municipality's total is offered only
	 * where nothing else will do ({@link #protect}); its copies, and a district total's, each cost too,
	 * since they move with it.
	 */
	private static double repairCost(LinkedSystem system, int v, boolean[] headline) {
		String[] p = system.name(v).split("\\|", -1);
		double cost = 1 + Math.log(system.value(v));
		if (p.length == 4) {
			cost += "support_months".equals(p[3]) ? REPAIR_KEY_FIGURE * 10 : REPAIR_KEY_FIGURE;
		}
		else if (Dimension.TOTAL.equals(p[3]) || Dimension.TOTAL.equals(p[4])) {
			cost += REPAIR_TOTAL;
		}
		return cost + (headline[v] ? REPAIR_TOTAL : 0);
	}

	/**
	 * Tries every count the pass suppressed published again, most expensive first ({@link Release});
	 * returns those given back.
	 */
	private static Set<Integer> releaseSecondaries(LinkedSystem system, boolean[] unknown, Set<String> hidden,
			Set<String> added, List<List<Integer>> copies, java.util.function.Predicate<String> release, long[] price) {
		Set<Integer> protectedCounts = new HashSet<>();
		for (String name : hidden) {
			int v = system.variable(name);
			if (v >= 0) {
				protectedCounts.add(v);
			}
		}
		Map<List<Integer>, Boolean> seen = new java.util.IdentityHashMap<>();
		List<List<Integer>> tried = new ArrayList<>();
		for (String name : added) {
			int v = system.variable(name);
			List<Integer> copiesOfV = (v >= 0) ? copies.get(v) : List.of();
			if (v >= 0 && seen.put(copiesOfV, true) == null
					&& copiesOfV.stream().noneMatch(protectedCounts::contains)) {
				tried.add(copiesOfV.stream().filter((c) -> !system.isHelper(c)).toList());
			}
		}
		tried.removeIf((members) -> members.isEmpty() || !release.test(municipality(system.name(members.get(0)))));
		tried.sort(Release.byPrice(price));
		return Release.release(system, unknown, protectedCounts, tried);
	}

	/** The municipality of a count's name ({@code table|region|period|…}): its region's first four digits. */
	static String municipality(String name) {
		return Region.of(name.split("\\|", -1)[1]).municipalityCode();
	}

	/**
	 * Which published count to suppress so that a fixed count may move, in order of preference: the
	 * cheapest of those its value is worked out from, then the cheapest one equation (or two) away,
	 * then the cheapest anywhere in its component; a city's total and its copies only when none of
	 * these has anything else.
	 */
	private record Choice(LinkedSystem system, boolean[] unknown, List<List<Integer>> equationsOf,
			long[] price, boolean[] headline) {

		/**
		 * The count to suppress, or −1; {@code component} may be null (no search in it). {@code inComponent}
		 * keeps, for the round, the cheapest of each component searched (it does not change within a
		 * round, and a large component is costly to search).
		 */
		int pick(int fixed, List<Integer> derivation, Determinacy.Component component,
				List<Map<Determinacy.Component, Integer>> inComponent) {
			int best = cheapestOf(this.system, derivation, this.unknown, this.equationsOf, this.price,
					this.headline);
			for (boolean headlines : new boolean[] { false, true }) {
				if (best == -1) {
					best = cheapest(this.system, fixed, this.unknown, this.equationsOf, this.price, this.headline,
							headlines);
				}
				if (best == -1 && component != null) {
					boolean withHeadlines = headlines;
					best = inComponent.get(withHeadlines ? 1 : 0)
						.computeIfAbsent(component, (key) -> cheapestIn(this.system, component, this.unknown, this.equationsOf, this.price,
									this.headline, withHeadlines));
				}
			}
			return best;
		}

	}

	/**
	 * One round's picks: a count is protected at most once per round, through an equation no other
	 * pick of the round touches; one that finds nothing to suppress waits for the next round.
	 */
	private static final class Round {

		private final Choice choice;

		final Set<Integer> next = new HashSet<>();

		final List<Integer> stuck = new ArrayList<>();

		private final Set<Integer> touched = new HashSet<>();

		private final List<Map<Determinacy.Component, Integer>> inComponent = List.of(new java.util.IdentityHashMap<>(),
				new java.util.IdentityHashMap<>());

		Round(Choice choice) {
			this.choice = choice;
		}

		boolean free(int fixed) {
			return this.choice.equationsOf().get(fixed).stream().noneMatch(this.touched::contains);
		}

		void protect(int fixed, List<Integer> derivation, Determinacy.Component component) {
			int cheapest = this.choice.pick(fixed, derivation, component, this.inComponent);
			if (cheapest == -1) {
				this.stuck.add(fixed);
				return;
			}
			this.next.add(cheapest);
			this.touched.addAll(this.choice.equationsOf().get(cheapest));
		}

	}

	/**
	 * The suppressed counts a reader pins at 1 (a suppressed count is at least 1, since zeros are
	 * published): an equation whose unknowns, once the counts pinned so far are put in, all have one
	 * sign and are all 1 in the true figures (three suppressed districts that add up to a published
	 * 3). Helpers that are unknown are never 0, so such an equation has none. Each count comes with
	 * the equation that pins it from published counts alone, or −1 when that equation also needs
	 * counts pinned before (protecting those protects it).
	 */
	static Map<Integer, Integer> pinned(LinkedSystem system, boolean[] unknown) {
		Map<Integer, Integer> pinned = new java.util.TreeMap<>();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int e = 0; e < system.equations(); e++) {
				int[] vars = system.equationVariables(e);
				boolean chained = false;
				for (int v : vars) {
					chained |= pinned.containsKey(v);
				}
				boolean atBounds = pinsItsUnknowns(system, e, (v) -> unknown[v] && !pinned.containsKey(v));
				if (atBounds) {
					for (int v : vars) {
						if (unknown[v] && !pinned.containsKey(v)) {
							pinned.put(v, chained ? -1 : e);
							changed = true;
						}
					}
				}
			}
		}
		return pinned;
	}

	/**
	 * Whether an equation pins each of its {@code open} unknowns at 1: there is at least one, all are
	 * counts (not helpers) that are 1 in the true figures, and all have coefficients of one sign.
	 */
	static boolean pinsItsUnknowns(LinkedSystem system, int equation, java.util.function.IntPredicate open) {
		int[] vars = system.equationVariables(equation);
		long[] coefs = system.equationCoefficients(equation);
		int positive = 0;
		int negative = 0;
		for (int i = 0; i < vars.length; i++) {
			if (open.test(vars[i])) {
				if (system.isHelper(vars[i]) || !Long.valueOf(1).equals(system.value(vars[i]))) {
					return false;
				}
				if (coefs[i] > 0) {
					positive++;
				}
				else {
					negative++;
				}
			}
		}
		return (positive == 0) != (negative == 0);
	}

	private static List<Integer> knownsOf(LinkedSystem system, int equation, boolean[] unknown) {
		List<Integer> knowns = new ArrayList<>();
		for (int v : system.equationVariables(equation)) {
			if (!unknown[v]) {
				knowns.add(v);
			}
		}
		return knowns;
	}

	/**
	 * A known count to suppress so that {@code fixed} may move: from the equation with the fewest other
	 * unknowns (an equation where it is the only unknown pins it by itself), the cheapest; failing
	 * that, the cheapest one equation further.
	 */
	private static int cheapest(LinkedSystem system, int fixed, boolean[] unknown, List<List<Integer>> equationsOf,
			long[] price, boolean[] headline, boolean headlines) {
		int best = -1;
		long bestCost = Long.MAX_VALUE;
		int bestOthers = Integer.MAX_VALUE;
		for (int e : equationsOf.get(fixed)) {
			int others = 0;
			int cheapest = -1;
			long cheapestCost = Long.MAX_VALUE;
			for (int w : system.equationVariables(e)) {
				if (w == fixed) {
					continue;
				}
				if (unknown[w]) {
					others++;
					continue;
				}
				long cost = ((headline[w] && !headlines) ? Long.MAX_VALUE : price[w]);
				if (cost != Long.MAX_VALUE && singleton(system, w, unknown, equationsOf)) {
					cost = cost + SINGLETON_PENALTY;
				}
				if (cost < cheapestCost) {
					cheapestCost = cost;
					cheapest = w;
				}
			}
			if (cheapest != -1 && (others < bestOthers || (others == bestOthers && cheapestCost < bestCost))) {
				best = cheapest;
				bestCost = cheapestCost;
				bestOthers = others;
			}
		}
		if (best != -1) {
			return best;
		}
		for (int e : equationsOf.get(fixed)) {
			for (int w : system.equationVariables(e)) {
				if (unknown[w] && w != fixed) {
					for (int f : equationsOf.get(w)) {
						for (int x : system.equationVariables(f)) {
							long cost = unknown[x] ? Long.MAX_VALUE : ((headline[x] && !headlines) ? Long.MAX_VALUE : price[x]);
							if (cost < bestCost) {
								bestCost = cost;
								best = x;
							}
						}
					}
				}
			}
		}
		return best;
	}

	/**
	 * For each variable, the known counts equal to it by an equation {@code x − y = 0} (the same count
	 * in several tables), itself included: suppressing one copy suppresses them all.
	 */
	private static List<List<Integer>> copies(LinkedSystem system) {
		int[] parent = new int[system.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int e = 0; e < system.equations(); e++) {
			int[] vars = system.equationVariables(e);
			long[] coefs = system.equationCoefficients(e);
			if (vars.length == 2 && coefs[0] == -coefs[1] && !system.isHelper(vars[0]) && !system.isHelper(vars[1])) {
				parent[root(parent, vars[0])] = root(parent, vars[1]);
			}
		}
		java.util.Map<Integer, List<Integer>> byRoot = new java.util.HashMap<>();
		List<List<Integer>> result = new ArrayList<>();
		for (int v = 0; v < parent.length; v++) {
			result.add(byRoot.computeIfAbsent(root(parent, v), (r) -> new ArrayList<>()));
			result.get(v).add(v);
		}
		return result;
	}

	private static int root(int[] parent, int v) {
		while (parent[v] != v) {
			parent[v] = parent[parent[v]];
			v = parent[v];
		}
		return v;
	}

	/** The cheapest of the known counts a fixed count is worked out from. */
	private static int cheapestOf(LinkedSystem system, List<Integer> derivation, boolean[] unknown,
			List<List<Integer>> equationsOf, long[] price, boolean[] headline) {
		int best = -1;
		long bestCost = Long.MAX_VALUE;
		for (int w : derivation) {
			long cost = headline[w] ? Long.MAX_VALUE : price[w];
			if (cost != Long.MAX_VALUE && singleton(system, w, unknown, equationsOf)) {
				cost = cost + SINGLETON_PENALTY;
			}
			if (cost < bestCost) {
				bestCost = cost;
				best = w;
			}
		}
		return best;
	}

	/**
	 * A municipality's total (of a table without a second dimension): the number a report leads with.
	 * A derivation never gives it up, nor any copy of it (the same count in a two-dimension table or
	 * a key figure); the wider searches still may, last of all.
	 */
	private static boolean municipalityTotal(LinkedSystem system, int v) {
		String[] p = system.name(v).split("\\|", -1);
		return p.length == 5 && p[1].length() == 4 && Dimension.TOTAL.equals(p[3]) && p[4].isEmpty();
	}

	/** The cheapest known count in any equation of the component. */
	private static int cheapestIn(LinkedSystem system, Determinacy.Component component, boolean[] unknown,
			List<List<Integer>> equationsOf, long[] price, boolean[] headline, boolean headlines) {
		int best = -1;
		long bestCost = Long.MAX_VALUE;
		for (int e : component.equations()) {
			for (int w : system.equationVariables(e)) {
				if (!unknown[w]) {
					long cost = ((headline[w] && !headlines) ? Long.MAX_VALUE : price[w]);
					if (cost != Long.MAX_VALUE && singleton(system, w, unknown, equationsOf)) {
						cost = cost + SINGLETON_PENALTY;
					}
					if (cost < bestCost) {
						bestCost = cost;
						best = w;
					}
				}
			}
		}
		return best;
	}

	/** Whether a known variable, once unknown, would be the only unknown of one of its equations. */
	private static boolean singleton(LinkedSystem system, int w, boolean[] unknown, List<List<Integer>> equationsOf) {
		for (int e : equationsOf.get(w)) {
			int[] vars = system.equationVariables(e);
			if (vars.length == 2 && !system.isHelper(vars[0]) && !system.isHelper(vars[1])) {
				continue;
			}
			boolean other = false;
			for (int v : system.equationVariables(e)) {
				if (v != w && unknown[v]) {
					other = true;
					break;
				}
			}
			if (!other) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What suppressing each count costs with its copies: its own {@link #cost} plus that of every copy
	 * of it, since its copies go with it (a district's count in {@code recipients_by_district} is that
	 * district's total in every other table, so it is priced as a total); {@link Long#MAX_VALUE} for a
	 * count that may not be suppressed. The order in which {@link Release} tries counts; the picks
	 * themselves use the count's own cost (pricing them with their copies made the pass take many
	 * more rounds, ten times as long, for what {@code Release} gives back anyway).
	 */
	private static long[] prices(LinkedSystem system, List<List<Integer>> copies, Set<String> candidates) {
		long[] price = new long[system.size()];
		for (int v = 0; v < price.length; v++) {
			price[v] = cost(system, v, candidates);
			if (price[v] == Long.MAX_VALUE) {
				continue;
			}
			for (int c : copies.get(v)) {
				long other = (c == v) ? Long.MAX_VALUE : cost(system, c, candidates);
				if (other != Long.MAX_VALUE) {
					price[v] = (Long.MAX_VALUE - price[v] > other) ? price[v] + other : Long.MAX_VALUE - 1;
				}
			}
		}
		return price;
	}

	private static long cost(LinkedSystem system, int v, Set<String> candidates) {
		String name = system.name(v);
		Long value = system.value(v);
		if (system.isHelper(v) || value == null || value <= 0 || !candidates.contains(name)) {
			return Long.MAX_VALUE;
		}
		String[] p = name.split("\\|", -1);
		if (p.length == 4) {
			return value + KEY_FIGURE_PENALTY * ("support_months".equals(p[3]) ? 1000 : 1);
		}
		boolean total = Dimension.TOTAL.equals(p[3]) || Dimension.TOTAL.equals(p[4]);
		return value + (total ? TOTAL_PENALTY : 0);
	}

}
