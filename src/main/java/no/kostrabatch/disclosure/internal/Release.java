package no.kostrabatch.disclosure.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives back the secondary suppressions the pass did not need. The pass picks one count at a time
 * and can end up hiding a district's total (in every table at once, since its copies go with it),
 * a table's margin or an inner cell to protect a count that needed it only because of an earlier
 * pick; once every count is protected, each secondary count (with its copies) is tried published
 * again, the most expensive first. It may go back when, with it published, no count suppressed
 * before the pass (a primary) has a single value: the secondary counts that it then fixes are
 * published too (their values follow from what is published anyway, so showing them tells a reader
 * nothing new), and the check is repeated until nothing more is fixed. One that would fix a primary
 * stays hidden.
 * <p>
 * The check is the one of {@link Determinacy}, kept up to date instead of solved again: each
 * component keeps {@value #VECTORS} random vectors of its null space; publishing a count keeps the
 * combinations of them that leave it still (one elimination step), and a count is fixed when every
 * vector left is 0 at it (a count that moves is 0 in all of them with probability about
 * 2⁻³¹ per vector). When few vectors are left, the component is solved afresh. Counts are tried in
 * chunks that double while they go back and halve when one does not (a chunk goes back or stays as
 * a whole); the order and the random seeds are fixed, so the result does not depend on the machine.
 * Only counts in components of more than {@link CellRanges#LP_LIMIT} unknowns are tried (a city with
 * districts; a small municipality's period is a small component, where each try would need linear
 * programmes).
 */
final class Release {

	/** The random null vectors kept per component. */
	static final int VECTORS = 64;

	/** Fewer vectors than this left after a total went back, and the component is solved afresh. */
	private static final int REFILL = 24;

	/** Fewer vectors than this left while a chunk is tried, and the component is solved afresh. */
	private static final int LEAST = 4;

	/** The most totals tried at once. */
	private static final int MAX_CHUNK = 64;

	private static final long P = Determinacy.P;

	private Release() {
	}

	/**
	 * @param unknown the suppressed counts and unknown helpers after the secondary pass; changed in place
	 * @param protectedCounts the counts that must stay without a single value (suppressed before the pass)
	 * @param tried the secondary counts to try, each with its copies, most expensive first
	 * @return the counts published again
	 */
	static Set<Integer> release(LinkedSystem system, boolean[] unknown, Set<Integer> protectedCounts,
			List<List<Integer>> tried) {
		Set<Integer> released = new LinkedHashSet<>();
		if (tried.isEmpty()) {
			return released;
		}
		State state = State.of(system, unknown);
		tried = tried.stream().filter(state::inLargeComponent).toList();
		int next = 0;
		int size = 1;
		while (next < tried.size()) {
			List<List<Integer>> chunk = tried.subList(next, Math.min(tried.size(), next + size));
			State trial = state.copy();
			Set<Integer> published = trial.publish(chunk, protectedCounts);
			if (published != null) {
				state = trial;
				state.refill();
				released.addAll(published);
				next += chunk.size();
				size = Math.min(size * 2, MAX_CHUNK);
			}
			else if (size == 1) {
				next++;
			}
			else {
				size /= 2;
			}
		}
		System.arraycopy(state.unknown, 0, unknown, 0, unknown.length);
		return released;
	}

	/** Most expensive first, so that a district's total goes back before the counts it protects. */
	static Comparator<List<Integer>> byPrice(long[] price) {
		return Comparator.comparingLong((List<Integer> copies) -> copies.stream()
			.mapToLong((v) -> price[v])
			.filter((p) -> p != Long.MAX_VALUE)
			.max()
			.orElse(0)).reversed();
	}

	/** Random null vectors of one component, over its unknowns; {@code active} of them are still in use. */
	private static final class Basis {

		final List<Integer> unknowns;

		final long[][] vectors;

		int active;

		Basis(List<Integer> unknowns, long[][] vectors) {
			this.unknowns = unknowns;
			this.vectors = vectors;
			this.active = vectors.length;
		}

		Basis copy() {
			long[][] copied = new long[this.active][];
			for (int i = 0; i < this.active; i++) {
				copied[i] = this.vectors[i].clone();
			}
			return new Basis(this.unknowns, copied);
		}

		/** Keeps the combinations that are 0 at {@code local}. */
		void fix(int local) {
			int pivot = -1;
			for (int i = 0; i < this.active && pivot == -1; i++) {
				if (this.vectors[i][local] != 0) {
					pivot = i;
				}
			}
			if (pivot == -1) {
				return;
			}
			long[] row = this.vectors[pivot];
			this.vectors[pivot] = this.vectors[this.active - 1];
			this.vectors[this.active - 1] = row;
			this.active--;
			long inverse = Determinacy.inverse(Math.floorMod(row[local], P));
			for (int i = 0; i < this.active; i++) {
				long[] v = this.vectors[i];
				long factor = v[local] * inverse % P;
				if (factor != 0) {
					for (int c = 0; c < v.length; c++) {
						if (row[c] != 0) {
							v[c] = Math.floorMod(v[c] - factor * row[c] % P, P);
						}
					}
				}
			}
		}

		boolean moves(int local) {
			for (int i = 0; i < this.active; i++) {
				if (this.vectors[i][local] != 0) {
					return true;
				}
			}
			return false;
		}

	}

	/** What a reader can work out: the unknowns, those pinned at their bound, the components' null vectors. */
	private static final class State {

		final LinkedSystem system;

		final boolean[] unknown;

		final Set<Integer> pinned;

		final List<Basis> bases;

		final int[] basisOf;

		final int[] localOf;

		final List<int[]> equationsOf;

		private final Set<Integer> copied = new HashSet<>();

		private State(LinkedSystem system, List<int[]> equationsOf, boolean[] unknown, Set<Integer> pinned,
				List<Basis> bases, int[] basisOf, int[] localOf) {
			this.system = system;
			this.equationsOf = equationsOf;
			this.unknown = unknown;
			this.pinned = pinned;
			this.bases = bases;
			this.basisOf = basisOf;
			this.localOf = localOf;
		}

		static State of(LinkedSystem system, boolean[] unknown) {
			int[] basisOf = new int[system.size()];
			Arrays.fill(basisOf, -1);
			State state = new State(system, equationsOf(system), unknown.clone(),
					new HashSet<>(LinkedSuppression.pinned(system, unknown).keySet()), new ArrayList<>(), basisOf,
					new int[system.size()]);
			state.solve(state.solving(null));
			state.copied.clear();
			return state;
		}

		State copy() {
			return new State(this.system, this.equationsOf, this.unknown.clone(), new HashSet<>(this.pinned),
					new ArrayList<>(this.bases), this.basisOf.clone(), this.localOf.clone());
		}

		private static List<int[]> equationsOf(LinkedSystem system) {
			List<List<Integer>> lists = new ArrayList<>();
			for (int v = 0; v < system.size(); v++) {
				lists.add(new ArrayList<>());
			}
			for (int e = 0; e < system.equations(); e++) {
				for (int v : system.equationVariables(e)) {
					lists.get(v).add(e);
				}
			}
			return lists.stream().map((l) -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
		}

		/** Solves afresh the components with few vectors left, outside any trial. */
		void refill() {
			for (int b = 0; b < this.bases.size(); b++) {
				Basis basis = this.bases.get(b);
				if (basis.active < REFILL && basis.active < basis.unknowns.size()) {
					resolve(b, new HashSet<>());
				}
			}
			this.copied.clear();
		}

		/**
		 * The counts newly pinned at their bound once {@code changed} are known: only the equations
		 * around them can pin anything new (the rule of {@link LinkedSuppression#pinned}).
		 */
		private Set<Integer> newlyPinned(Set<Integer> changed) {
			Set<Integer> result = new LinkedHashSet<>();
			java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
			Set<Integer> queued = new HashSet<>();
			for (int v : changed) {
				for (int e : this.equationsOf.get(v)) {
					if (queued.add(e)) {
						work.add(e);
					}
				}
			}
			while (!work.isEmpty()) {
				int e = work.poll();
				queued.remove(e);
				int[] vars = this.system.equationVariables(e);
				boolean atBounds = LinkedSuppression.pinsItsUnknowns(this.system, e,
						(v) -> this.unknown[v] && !this.pinned.contains(v) && !result.contains(v));
				if (atBounds) {
					for (int v : vars) {
						if (this.unknown[v] && !this.pinned.contains(v) && result.add(v)) {
							for (int f : this.equationsOf.get(v)) {
								if (queued.add(f)) {
									work.add(f);
								}
							}
						}
					}
				}
			}
			return result;
		}

		/**
		 * Whether a count (with its copies) is in a component of more than {@link CellRanges#LP_LIMIT}
		 * unknowns: only those are tried, since in a small one every try would take linear programmes
		 * and the pass leaves little to give back there.
		 */
		boolean inLargeComponent(List<Integer> copies) {
			return copies.stream()
				.anyMatch((v) -> this.basisOf[v] != -1 && this.bases.get(this.basisOf[v]).unknowns.size() > CellRanges.LP_LIMIT);
		}

		/** The unknowns not pinned, within {@code among} (all when null). */
		private boolean[] solving(Set<Integer> among) {
			boolean[] solving = new boolean[this.unknown.length];
			for (int v = 0; v < solving.length; v++) {
				solving[v] = this.unknown[v] && !this.pinned.contains(v) && (among == null || among.contains(v));
			}
			return solving;
		}

		/** Solves the components of {@code solving} afresh, as new bases. */
		private void solve(boolean[] solving) {
			for (Determinacy.Component component : Determinacy.components(this.system, solving)) {
				Determinacy.NullVectors nullVectors = Determinacy.nullVectors(this.system, component, solving, VECTORS,
						component.unknowns().get(0));
				int b = this.bases.size();
				this.bases.add(new Basis(nullVectors.unknowns(), nullVectors.vectors()));
				this.copied.add(b);
				for (int i = 0; i < nullVectors.unknowns().size(); i++) {
					this.basisOf[nullVectors.unknowns().get(i)] = b;
					this.localOf[nullVectors.unknowns().get(i)] = i;
				}
			}
		}

		private Basis mutable(int b) {
			if (this.copied.add(b)) {
				this.bases.set(b, this.bases.get(b).copy());
			}
			return this.bases.get(b);
		}

		/** Publishes {@code chunk} and what it fixes; null (and this state spoilt) when a protected count is fixed. */
		Set<Integer> publish(List<List<Integer>> chunk, Set<Integer> protectedCounts) {
			Set<Integer> published = new HashSet<>();
			Set<Integer> next = new LinkedHashSet<>();
			for (List<Integer> copies : chunk) {
				copies.stream().filter((v) -> this.unknown[v]).forEach(next::add);
			}
			while (!next.isEmpty()) {
				Set<Integer> touched = new HashSet<>();
				for (int v : next) {
					this.unknown[v] = false;
					published.add(v);
					know(v, touched);
				}
				Set<Integer> known = next;
				next = new LinkedHashSet<>();
				for (int v : newlyPinned(known)) {
					if (this.pinned.add(v)) {
						if (protectedCounts.contains(v)) {
							return null;
						}
						know(v, touched);
						next.add(v);
					}
				}
				for (int b : touched) {
					if (!fixedIn(b, protectedCounts, next)) {
						return null;
					}
				}
			}
			return published;
		}

		/**
		 * Adds the counts of basis {@code b} that no longer move to {@code fixed}; false when one is
		 * protected. A small component is also solved as linear programmes, as the secondary pass
		 * does, since the bounds of its counts may fix one the equations leave free.
		 */
		private boolean fixedIn(int b, Set<Integer> protectedCounts, Set<Integer> fixed) {
			Basis basis = this.bases.get(b);
			Set<Integer> members = new HashSet<>();
			for (int i = 0; i < basis.unknowns.size(); i++) {
				int v = basis.unknowns.get(i);
				if (this.unknown[v] && !this.pinned.contains(v) && this.basisOf[v] == b) {
					members.add(v);
					if (!basis.moves(i) && !this.system.isHelper(v)) {
						if (protectedCounts.contains(v)) {
							return false;
						}
						fixed.add(v);
					}
				}
			}
			if (members.size() <= CellRanges.LP_LIMIT && !members.isEmpty()) {
				boolean[] solving = solving(members);
				for (Determinacy.Component component : Determinacy.components(this.system, solving)) {
					for (int v : CellRanges.narrow(this.system, solving, component, 1).keySet()) {
						if (protectedCounts.contains(v)) {
							return false;
						}
						fixed.add(v);
					}
				}
			}
			return true;
		}

		/** A count the reader now knows: its component keeps the null vectors that leave it still. */
		private void know(int v, Set<Integer> touched) {
			int b = this.basisOf[v];
			if (b == -1) {
				return;
			}
			this.basisOf[v] = -1;
			Basis basis = mutable(b);
			basis.fix(this.localOf[v]);
			if (basis.active < LEAST) {
				resolve(b, touched);
			}
			else {
				touched.add(b);
			}
		}

		/** Solves the unknowns of basis {@code b} afresh (they may fall apart into several components). */
		private void resolve(int b, Set<Integer> touched) {
			Set<Integer> members = new HashSet<>();
			for (int u : this.bases.get(b).unknowns) {
				if (this.basisOf[u] == b) {
					members.add(u);
					this.basisOf[u] = -1;
				}
			}
			int before = this.bases.size();
			solve(solving(members));
			for (int nb = before; nb < this.bases.size(); nb++) {
				touched.add(nb);
			}
		}

	}


}
