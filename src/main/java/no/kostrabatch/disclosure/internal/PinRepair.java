package no.kostrabatch.disclosure.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Protects the suppressed counts of 1 that a reader could pin at 1 through several equations together,
 * in components too large for the per-count linear programmes. The control knows the true figures x,
 * so the question is local: a count xᵢ = 1 (its lower bound) can move exactly when some direction d
 * with A·d = 0 has dᵢ > 0 and moves no other count at its bound downwards; the true figures plus a
 * small multiple of d are then a solution with xᵢ above 1. One linear programme per block (the counts
 * that are suppressed or may be, linked by equations) asks for a d that lifts every such count at
 * once, at the least cost of the published counts it moves (each is weighed by what hiding it costs),
 * and those published counts are suppressed. Suppressing more never pins anything again: every
 * direction stays a direction, and a newly suppressed count (at least 2) is not at its bound.
 */
final class PinRepair {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PinRepair.class);

	/**
	 * A direction's entries are kept within this many times the number of 1s it lifts, plus one: lifting
	 * every 1 of a block at once adds up, on a total, the liftings of all the 1s under it, and a person
	 * counts up to 12 times in {@code support_months}.
	 */
	private static final double MONTHS = 12;

	/**
	 * What leaving a count at 1 pinned costs, against suppressing published counts (about 1 to 20 000
	 * each).
	 */
	private static final double UNPROTECTED = 1e8;

	/** A published count moved by more than this is suppressed (CLP's tolerances are about 1e-7). */
	private static final double EPS = 1e-6;

	private PinRepair() {
	}

	/**
	 * The outcome.
	 * @param suppress published counts to suppress
	 * @param unprotected counts at 1 no direction could lift (nothing left to suppress around them)
	 */
	record Outcome(Set<Integer> suppress, List<Integer> unprotected) {

	}

	/**
	 * Repairs every block that holds one of {@code seeds}.
	 * @param unknown the variables that are unknown now (suppressed counts, helpers other than 0)
	 * @param suppressible the published counts that may be suppressed (none of value 0 or 1), in order
	 *     of preference: a later set is tried in a block only when the earlier cannot lift every 1
	 * @param cost what suppressing a published count costs, positive
	 */
	static Outcome repair(LinkedSystem system, boolean[] unknown, List<IntPredicate> suppressible,
			IntToDoubleFunction cost, Set<Integer> seeds) {
		Set<Integer> suppress = new HashSet<>();
		List<Integer> unprotected = new ArrayList<>();
		boolean[] widest = movable(system, unknown, suppressible.get(suppressible.size() - 1));
		for (Determinacy.Component block : Determinacy.components(system, widest)) {
			if (block.unknowns().stream().noneMatch(seeds::contains)) {
				continue;
			}
			long atOne = block.unknowns().stream().filter((v) -> atOne(system, unknown, v)).count();
			if (atOne == 0) {
				continue;
			}
			double bound = MONTHS * (atOne + 1);
			List<String> statuses = new ArrayList<>();
			boolean solved = false;
			for (IntPredicate allowed : suppressible) {
				boolean[] movable = movable(system, unknown, allowed);
				if (solve(system, unknown, movable, cost, block, bound, false, suppress, unprotected, statuses)) {
					solved = true;
					break;
				}
			}
			if (!solved && !solve(system, unknown, widest, cost, block, bound, true, suppress, unprotected, statuses)) {
				LOG.warn("Disclosure control: the sparse programme found no optimum for the programme that protects the counts around "
						+ "{} ({}); that block keeps the one-equation check and the control's audit of its result",
						system.name(block.unknowns().get(0)), statuses);
			}
		}
		return new Outcome(suppress, unprotected);
	}

	private static boolean[] movable(LinkedSystem system, boolean[] unknown, IntPredicate suppressible) {
		boolean[] movable = new boolean[system.size()];
		for (int v = 0; v < movable.length; v++) {
			movable[v] = unknown[v] || suppressible.test(v);
		}
		return movable;
	}

	/**
	 * One programme: every suppressed 1 lifted by at least 1 ({@code soft}: or left, at a high cost);
	 * returns false when CLP finds no optimum.
	 */
	private static boolean solve(LinkedSystem system, boolean[] unknown, boolean[] movable, IntToDoubleFunction cost,
			Determinacy.Component block, double bound, boolean soft, Set<Integer> suppress, List<Integer> unprotected,
			List<String> statuses) {
		try (SparseLp lp = SparseLp.create()) {
			int n = system.size();
			MPVariable[] up = new MPVariable[n];
			MPVariable[] down = new MPVariable[n];
			MPVariable[] slack = new MPVariable[n];
			for (int v : block.unknowns()) {
				if (unknown[v]) {
					boolean lifted = atOne(system, unknown, v);
					up[v] = lp.variable((lifted && !soft) ? 1 : (atFloor(system, v) ? 0 : -bound), bound);
					if (lifted && soft) {
						slack[v] = lp.variable(0, 1);
						lp.objective(slack[v], UNPROTECTED);
						MPConstraint atLeastOne = lp.constraint(1, Double.POSITIVE_INFINITY);
						atLeastOne.setCoefficient(up[v], 1);
						atLeastOne.setCoefficient(slack[v], 1);
					}
				}
				else if (movable[v]) {
					up[v] = lp.variable(0, bound);
					down[v] = lp.variable(0, bound);
					lp.objective(up[v], cost.applyAsDouble(v));
					lp.objective(down[v], cost.applyAsDouble(v));
				}
			}
			for (int e : block.equations()) {
				int[] vars = system.equationVariables(e);
				long[] coefs = system.equationCoefficients(e);
				MPConstraint balanced = lp.constraint(0, 0);
				for (int i = 0; i < vars.length; i++) {
					int v = vars[i];
					if (!movable[v]) {
						continue;
					}
					balanced.setCoefficient(up[v], coefs[i]);
					if (down[v] != null) {
						balanced.setCoefficient(down[v], -coefs[i]);
					}
				}
			}
			if (!lp.solve(false)) {
				statuses.add(lp.status());
				return false;
			}
			for (int v : block.unknowns()) {
				if (down[v] != null && up[v].solutionValue() + down[v].solutionValue() > EPS) {
					suppress.add(v);
				}
				if (slack[v] != null && slack[v].solutionValue() > 0.5) {
					unprotected.add(v);
				}
			}
			return true;
		}
	}

	/**
	 * An unknown at the least value a reader allows it (a count at 1, a helper at 0): a direction may
	 * only raise it, or the figures it leads to are not a solution a reader would accept.
	 */
	private static boolean atFloor(LinkedSystem system, int v) {
		Long value = system.value(v);
		return value != null && value <= (system.isHelper(v) ? 0 : 1);
	}

	/** A suppressed count of 1: at the lower bound a reader knows, so it may only move up. */
	private static boolean atOne(LinkedSystem system, boolean[] unknown, int v) {
		return unknown[v] && !system.isHelper(v) && Long.valueOf(1).equals(system.value(v));
	}

}
