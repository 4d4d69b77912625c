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

	/** A direction's entries are kept within ±{@value}; any direction can be scaled into that. */
	private static final double BOUND = 100;

	/** What leaving a count at 1 pinned costs, against suppressing published counts (about 1 to 60 each). */
	private static final double UNPROTECTED = 1e5;

	private static final double EPS = 1e-7;

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
	 * @param suppressible the published counts that may be suppressed (none of value 0 or 1)
	 * @param cost what suppressing a published count costs, positive
	 */
	static Outcome repair(LinkedSystem system, boolean[] unknown, IntPredicate suppressible, IntToDoubleFunction cost,
			Set<Integer> seeds) {
		boolean[] movable = new boolean[system.size()];
		for (int v = 0; v < movable.length; v++) {
			movable[v] = unknown[v] || suppressible.test(v);
		}
		Set<Integer> suppress = new HashSet<>();
		List<Integer> unprotected = new ArrayList<>();
		for (Determinacy.Component block : Determinacy.components(system, movable)) {
			if (block.unknowns().stream().anyMatch(seeds::contains)) {
				solve(system, unknown, movable, cost, block, suppress, unprotected);
			}
		}
		return new Outcome(suppress, unprotected);
	}

	private static void solve(LinkedSystem system, boolean[] unknown, boolean[] movable, IntToDoubleFunction cost,
			Determinacy.Component block, Set<Integer> suppress, List<Integer> unprotected) {
		boolean anyAtOne = block.unknowns().stream().anyMatch((v) -> atOne(system, unknown, v));
		if (!anyAtOne) {
			return;
		}
		try (Glop lp = Glop.create()) {
			int n = system.size();
			MPVariable[] up = new MPVariable[n];
			MPVariable[] down = new MPVariable[n];
			MPVariable[] slack = new MPVariable[n];
			for (int v : block.unknowns()) {
				if (unknown[v]) {
					up[v] = lp.variable(-BOUND, BOUND);
					if (atOne(system, unknown, v)) {
						slack[v] = lp.variable(0, 1);
						lp.objective(slack[v], UNPROTECTED);
						MPConstraint lifted = lp.constraint(1, Double.POSITIVE_INFINITY);
						lifted.setCoefficient(up[v], 1);
						lifted.setCoefficient(slack[v], 1);
					}
				}
				else {
					up[v] = lp.variable(0, BOUND);
					down[v] = lp.variable(0, BOUND);
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
				throw new IllegalStateException("The linear programme that protects the counts around "
						+ system.name(block.unknowns().get(0)) + " has no optimum");
			}
			for (int v : block.unknowns()) {
				if (down[v] != null && up[v].solutionValue() + down[v].solutionValue() > EPS) {
					suppress.add(v);
				}
				if (slack[v] != null && slack[v].solutionValue() > EPS) {
					unprotected.add(v);
				}
			}
		}
	}

	/** A suppressed count of 1: at the lower bound a reader knows, so it may only move up. */
	private static boolean atOne(LinkedSystem system, boolean[] unknown, int v) {
		return unknown[v] && !system.isHelper(v) && Long.valueOf(1).equals(system.value(v));
	}

}
