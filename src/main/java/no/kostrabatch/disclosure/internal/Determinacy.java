package no.kostrabatch.disclosure.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Which unknowns of a linked system have one value on the affine hull of its solutions: an unknown
 * is fixed exactly when no solution of the homogeneous system moves it. Sparse Gaussian elimination
 * of the equations over the unknowns, modulo the prime 2³¹−1 (the coefficients are small integers),
 * then two random vectors of the null space: an unknown that is 0 in both is fixed (an unknown that
 * moves is 0 in a random null vector with probability at most 1/(2³¹−1)).
 */
public final class Determinacy {

	static final long P = 2147483647L;

	private Determinacy() {
	}

	/** The components: groups of unknowns linked by equations, each with the equations that hold them. */
	public record Component(List<Integer> unknowns, List<Integer> equations) {

	}

	public static List<Component> components(LinkedSystem system, boolean[] unknown) {
		int[] parent = new int[system.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int e = 0; e < system.equations(); e++) {
			int first = -1;
			for (int v : system.equationVariables(e)) {
				if (unknown[v]) {
					if (first == -1) {
						first = v;
					}
					else {
						parent[find(parent, v)] = find(parent, first);
					}
				}
			}
		}
		Map<Integer, Component> byRoot = new HashMap<>();
		List<Component> result = new ArrayList<>();
		for (int v = 0; v < parent.length; v++) {
			if (unknown[v]) {
				Component c = byRoot.computeIfAbsent(find(parent, v), (r) -> {
					Component created = new Component(new ArrayList<>(), new ArrayList<>());
					result.add(created);
					return created;
				});
				c.unknowns().add(v);
			}
		}
		for (int e = 0; e < system.equations(); e++) {
			for (int v : system.equationVariables(e)) {
				if (unknown[v]) {
					byRoot.get(find(parent, v)).equations().add(e);
					break;
				}
			}
		}
		return result;
	}

	private static int find(int[] parent, int v) {
		while (parent[v] != v) {
			parent[v] = parent[parent[v]];
			v = parent[v];
		}
		return v;
	}

	/** The unknowns of a component that have a single value (variable numbers of the system). */
	public static Set<Integer> fixed(LinkedSystem system, Component component, boolean[] unknown, long seed) {
		return solve(system, component, unknown, seed, null).keySet();
	}

	/**
	 * The unknowns of a component that have a single value, each with the known variables its value
	 * is worked out from (those with a non-zero coefficient in the combination of equations that
	 * leaves it alone): suppressing one of them breaks that derivation. Only the known variables
	 * {@code wanted} accepts are listed (those that could be suppressed): the others are left out of
	 * the elimination, which changes nothing else, since the unknowns' columns come first and are
	 * reduced the same with or without them, and spares the fill-in of their columns.
	 */
	public static Map<Integer, List<Integer>> witnesses(LinkedSystem system, Component component, boolean[] unknown,
			long seed, IntPredicate wanted) {
		return solve(system, component, unknown, seed, wanted);
	}

	/** The reduced equations of a component: its unknowns in elimination order and each pivot row by column. */
	private record Elimination(List<Integer> unknowns, Map<Integer, long[][]> pivots, List<Integer> knowns,
			List<Integer> order) {

		int n() {
			return this.unknowns.size();
		}

		/** A random solution of the homogeneous system (over the unknowns' columns), free values non-zero. */
		long[] randomNullVector(Random random) {
			int n = n();
			long[] v = new long[n];
			for (int c = 0; c < n; c++) {
				if (!this.pivots.containsKey(c)) {
					v[c] = 1 + Math.floorMod(random.nextLong(), P - 1);
				}
			}
			for (int c : this.order) {
				long[][] row = this.pivots.get(c);
				long sum = 0;
				for (int i = 1; i < row[0].length && row[0][i] < n; i++) {
					sum = (sum + row[1][i] * v[(int) row[0][i]]) % P;
				}
				v[c] = (P - sum) % P;
			}
			return v;
		}

	}

	/** Random vectors of a component's null space, over its unknowns (in the order of {@code unknowns}). */
	public record NullVectors(List<Integer> unknowns, long[][] vectors) {

	}

	/** {@code count} random vectors of the null space of a component's equations over its unknowns. */
	public static NullVectors nullVectors(LinkedSystem system, Component component, boolean[] unknown, int count,
			long seed) {
		Elimination elimination = eliminate(system, component, unknown, null);
		Random random = new Random(seed);
		long[][] vectors = new long[count][];
		for (int i = 0; i < count; i++) {
			vectors[i] = elimination.randomNullVector(random);
		}
		return new NullVectors(elimination.unknowns(), vectors);
	}

	/** {@code wanted}: the known variables to keep track of; null for none (the fixed unknowns only). */
	private static Map<Integer, List<Integer>> solve(LinkedSystem system, Component component, boolean[] unknown,
			long seed, IntPredicate wanted) {
		Elimination elimination = eliminate(system, component, unknown, wanted);
		int n = elimination.n();
		Random random = new Random(seed);
		boolean[] moves = new boolean[n];
		for (int round = 0; round < 2; round++) {
			long[] v = elimination.randomNullVector(random);
			for (int c = 0; c < n; c++) {
				moves[c] |= v[c] != 0;
			}
		}
		Map<Integer, List<Integer>> fixed = new HashMap<>();
		for (int c = 0; c < n; c++) {
			if (!moves[c]) {
				fixed.put(elimination.unknowns().get(c), (wanted != null)
						? derivation(elimination.pivots().get(c), elimination.pivots(), n, elimination.knowns()) : List.of());
			}
		}
		return fixed;
	}

	private static Elimination eliminate(LinkedSystem system, Component component, boolean[] unknown,
			IntPredicate wanted) {
		boolean withDerivations = wanted != null;
		Map<Integer, Integer> column = new HashMap<>();
		List<Integer> unknowns = byDegree(system, component, unknown);
		int n = unknowns.size();
		for (int i = 0; i < n; i++) {
			column.put(unknowns.get(i), i);
		}
		List<Integer> knowns = new ArrayList<>();
		Map<Integer, long[][]> pivots = new HashMap<>();
		for (int e : component.equations()) {
			int[] vars = system.equationVariables(e);
			long[] coefs = system.equationCoefficients(e);
			List<long[]> terms = new ArrayList<>();
			for (int i = 0; i < vars.length; i++) {
				Integer c = column.get(vars[i]);
				if (c == null && !(withDerivations && wanted.test(vars[i]))) {
					continue;
				}
				if (c == null) {
					c = n + knowns.size();
					column.put(vars[i], c);
					knowns.add(vars[i]);
				}
				terms.add(new long[] { c, Math.floorMod(coefs[i], P) });
			}
			terms.sort((x, y) -> Long.compare(x[0], y[0]));
			long[][] row = new long[2][terms.size()];
			for (int i = 0; i < terms.size(); i++) {
				row[0][i] = terms.get(i)[0];
				row[1][i] = terms.get(i)[1];
			}
			reduce(row, pivots);
		}
		List<Integer> order = new ArrayList<>();
		for (int c : pivots.keySet()) {
			if (c < n) {
				order.add(c);
			}
		}
		order.sort((x, y) -> Integer.compare(y, x));
		return new Elimination(unknowns, pivots, knowns, order);
	}

	/**
	 * The component's unknowns, those in fewest equations first (ties by number): eliminating them
	 * first keeps the rows sparse (a total, in many equations, is eliminated last).
	 */
	private static List<Integer> byDegree(LinkedSystem system, Component component, boolean[] unknown) {
		Map<Integer, Integer> degree = new HashMap<>();
		for (int e : component.equations()) {
			for (int v : system.equationVariables(e)) {
				if (unknown[v]) {
					degree.merge(v, 1, Integer::sum);
				}
			}
		}
		List<Integer> order = new ArrayList<>(component.unknowns());
		order.sort((a, b) -> {
			int byCount = Integer.compare(degree.getOrDefault(a, 0), degree.getOrDefault(b, 0));
			return (byCount != 0) ? byCount : Integer.compare(a, b);
		});
		return order;
	}

	/** The known variables left in a fixed unknown's row once every other unknown is eliminated. */
	private static List<Integer> derivation(long[][] start, Map<Integer, long[][]> pivots, int n, List<Integer> knowns) {
		long[][] row = start;
		int position = 1;
		while (position < row[0].length && row[0][position] < n) {
			long[][] pivot = pivots.get((int) row[0][position]);
			if (pivot == null) {
				position++;
				continue;
			}
			long[][] rest = subtract(new long[][] { Arrays.copyOfRange(row[0], position, row[0].length),
					Arrays.copyOfRange(row[1], position, row[1].length) }, row[1][position], pivot);
			long[] cols = new long[position + rest[0].length];
			long[] vals = new long[cols.length];
			System.arraycopy(row[0], 0, cols, 0, position);
			System.arraycopy(row[1], 0, vals, 0, position);
			System.arraycopy(rest[0], 0, cols, position, rest[0].length);
			System.arraycopy(rest[1], 0, vals, position, rest[1].length);
			row = new long[][] { cols, vals };
		}
		List<Integer> result = new ArrayList<>();
		for (int i = 0; i < row[0].length; i++) {
			if (row[0][i] >= n) {
				result.add(knowns.get((int) row[0][i] - n));
			}
		}
		return result;
	}

	private static void reduce(long[][] row, Map<Integer, long[][]> pivots) {
		while (row[0].length > 0) {
			int lead = (int) row[0][0];
			long[][] pivot = pivots.get(lead);
			if (pivot == null) {
				long inverse = inverse(row[1][0]);
				for (int i = 0; i < row[1].length; i++) {
					row[1][i] = row[1][i] * inverse % P;
				}
				pivots.put(lead, row);
				return;
			}
			row = subtract(row, row[1][0], pivot);
		}
	}

	/** {@code row − factor × pivot}, both sorted by column, without the zero entries. */
	private static long[][] subtract(long[][] row, long factor, long[][] pivot) {
		long[] cols = new long[row[0].length + pivot[0].length];
		long[] vals = new long[cols.length];
		int i = 0;
		int j = 0;
		int k = 0;
		while (i < row[0].length || j < pivot[0].length) {
			long c;
			long value;
			if (j >= pivot[0].length || (i < row[0].length && row[0][i] < pivot[0][j])) {
				c = row[0][i];
				value = row[1][i++];
			}
			else if (i >= row[0].length || pivot[0][j] < row[0][i]) {
				c = pivot[0][j];
				value = (P - factor * pivot[1][j++] % P) % P;
			}
			else {
				c = row[0][i];
				value = ((row[1][i++] - factor * pivot[1][j++] % P) % P + P) % P;
			}
			if (value != 0) {
				cols[k] = c;
				vals[k++] = value;
			}
		}
		return new long[][] { Arrays.copyOf(cols, k), Arrays.copyOf(vals, k) };
	}

	/** The inverse of {@code a} modulo {@link #P}. */
	static long inverse(long a) {
		long result = 1;
		long base = a % P;
		long exponent = P - 2;
		while (exponent > 0) {
			if ((exponent & 1) == 1) {
				result = result * base % P;
			}
			base = base * base % P;
			exponent >>= 1;
		}
		return result;
	}

}
