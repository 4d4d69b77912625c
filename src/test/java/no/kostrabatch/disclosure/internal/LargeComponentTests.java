package no.kostrabatch.disclosure.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Components of more than {@link CellRanges#LP_LIMIT} unknowns (a city's districts) get a sparse programme (CLP) instead
 * of ojAlgo: the same counts pinned at their lower bound, found by the audit and protected by the
 * control, also where only several equations together pin them.
 */
class LargeComponentTests {

	/** u_i + v_i = 10 and u_i + v_(i+1) = 10 for i = 1..65: 130 unknowns that move, linked to c. */
	private static final int PAIRS = 65;

	@BeforeAll
	static void sparseProgrammesLoad() {
		assertThat(SparseLp.available()).as("OR-Tools' native library loads on this platform").isTrue();
	}

	/**
	 * b + d = 2 follows from two equations (a + b − c = 5 and c + d + 3 − a = 0), neither of which has
	 * its unknowns of one sign, so neither alone nor propagation pins b and d at 1; the two together do.
	 */
	@Test
	void twoEquationsTogetherPinTwoCountsInALargeComponent() {
		Built built = twoEquationSystem();
		Determinacy.Component component = single(built.system, built.unknown);
		assertThat(component.unknowns()).hasSizeGreaterThan(CellRanges.LP_LIMIT);

		Map<Integer, long[]> found = CellRanges.narrow(built.system, built.unknown, component, 1);

		assertThat(found.keySet()).containsExactlyInAnyOrder(built.system.variable("b"), built.system.variable("d"));
		assertThat(found.values()).allSatisfy((range) -> assertThat(range).containsExactly(1, 1));
		assertThat(CellRanges.narrow(built.system, built.unknown, component, 1, Integer.MAX_VALUE).keySet())
			.isEqualTo(found.keySet());
	}

	/**
	 * {@code -Dkostra.large-lp=false} turns the sparse programmes off, and then the large component's
	 * two pinned counts are not found (the gap SECURITY.md's point 3 describes for that case).
	 */
	@Test
	void theSwitchTurnsTheProgrammesOffAndThenTheTwoPinnedCountsAreMissed() {
		Built built = twoEquationSystem();
		Determinacy.Component component = single(built.system, built.unknown);
		System.setProperty(SparseLp.SWITCH, "false");
		try {
			assertThat(SparseLp.available()).isFalse();
			assertThat(CellRanges.largeProgrammesAvailable()).isFalse();
			assertThat(CellRanges.narrow(built.system, built.unknown, component, 1)).isEmpty();
		}
		finally {
			System.clearProperty(SparseLp.SWITCH);
		}
		assertThat(SparseLp.available()).isTrue();
	}

	/** The control's repair lifts b and d by suppressing the published 3, the cheaper of the two. */
	@Test
	void theRepairSuppressesThePublishedCountThatFreesThem() {
		Built built = twoEquationSystem();
		Set<Integer> seeds = new HashSet<>(single(built.system, built.unknown).unknowns());

		PinRepair.Outcome outcome = PinRepair.repair(built.system, built.unknown,
				List.of((v) -> !built.unknown[v] && built.system.value(v) > 1), (v) -> 1 + Math.log(built.system.value(v)),
				seeds);

		assertThat(outcome.unprotected()).isEmpty();
		assertThat(outcome.suppress()).containsExactly(built.system.variable("P3"));
		boolean[] after = built.unknown.clone();
		outcome.suppress().forEach((v) -> after[v] = true);
		assertThat(CellRanges.narrow(built.system, after, single(built.system, after), 1)).isEmpty();
	}

	/** Where nothing published can be suppressed around a pinned count, the repair says so. */
	@Test
	void theRepairNamesACountItCannotProtect() {
		Built built = twoEquationSystem();
		Set<Integer> seeds = new HashSet<>(single(built.system, built.unknown).unknowns());

		PinRepair.Outcome outcome = PinRepair.repair(built.system, built.unknown, List.of((v) -> false), (v) -> 1, seeds);

		assertThat(outcome.suppress()).isEmpty();
		assertThat(outcome.unprotected()).containsExactlyInAnyOrder(built.system.variable("b"),
				built.system.variable("d"));
	}

	/**
	 * On random systems of ±1 equations small enough for both, the sparse zero search pins the same
	 * unknowns as ojAlgo's, and the single values it leads to are among ojAlgo's (which also has the
	 * ranges, so it finds counts whose range holds one integer only).
	 */
	@Test
	void sparseAndOjAlgoPinTheSameUnknowns() {
		int compared = 0;
		int withPins = 0;
		for (long seed = 1; seed <= 60; seed++) {
			Built built = random(new Random(seed));
			for (Determinacy.Component component : Determinacy.components(built.system, built.unknown)) {
				Set<Integer> byOjAlgo = CellRanges.pinned(built.system, built.unknown, component, false);
				assertThat(CellRanges.pinned(built.system, built.unknown, component, true)).as("seed " + seed)
					.isEqualTo(byOjAlgo);
				assertThat(CellRanges.narrow(built.system, built.unknown, component, 1, Integer.MAX_VALUE).keySet())
					.as("seed " + seed)
					.containsAll(CellRanges.narrow(built.system, built.unknown, component, 1, 0).keySet());
				compared++;
				withPins += byOjAlgo.isEmpty() ? 0 : 1;
			}
		}
		assertThat(compared).isGreaterThan(100);
		assertThat(withPins).isGreaterThan(10);
	}

	private record Built(LinkedSystem system, boolean[] unknown) {
	}

	private static Determinacy.Component single(LinkedSystem system, boolean[] unknown) {
		List<Determinacy.Component> components = Determinacy.components(system, unknown);
		assertThat(components).hasSize(1);
		return components.get(0);
	}

	private static Built twoEquationSystem() {
		Equations eq = new Equations();
		int a = eq.unknown("a", 7);
		int b = eq.unknown("b", 1);
		int c = eq.unknown("c", 3);
		int d = eq.unknown("d", 1);
		int q = eq.unknown("q", 2);
		eq.add(new int[] { a, b, c, eq.known("P5", 5) }, new long[] { 1, 1, -1, -1 });
		eq.add(new int[] { c, d, eq.known("P3", 3), a }, new long[] { 1, 1, 1, -1 });
		int[] u = new int[PAIRS + 1];
		int[] v = new int[PAIRS + 1];
		for (int i = 1; i <= PAIRS; i++) {
			u[i] = eq.unknown("u" + i, 4);
			v[i] = eq.unknown("v" + i, 6);
		}
		int ten = eq.known("P10", 10);
		eq.add(new int[] { c, u[1], q, eq.known("Q5", 5) }, new long[] { 1, 1, -1, -1 });
		for (int i = 1; i <= PAIRS; i++) {
			eq.add(new int[] { u[i], v[i], ten }, new long[] { 1, 1, -1 });
			if (i < PAIRS) {
				eq.add(new int[] { u[i], v[i + 1], ten }, new long[] { 1, 1, -1 });
			}
		}
		return eq.build();
	}

	/**
	 * 24 variables with true values 0..4 (some helpers), a third of them unknown (every 1 and 2 among
	 * them), and 14 equations of 2 to 5 of them with ±1 coefficients, each balanced by a published
	 * constant.
	 */
	private static Built random(Random random) {
		Equations eq = new Equations();
		int n = 24;
		int[] vars = new int[n];
		long[] values = new long[n];
		for (int i = 0; i < n; i++) {
			boolean helper = random.nextInt(5) == 0;
			values[i] = random.nextInt(5);
			boolean unknown = (values[i] == 1 || values[i] == 2 || random.nextInt(3) == 0) && (helper || values[i] > 0);
			String name = (helper ? LinkedSystem.HELPER : "") + "x" + i;
			vars[i] = unknown ? eq.unknown(name, values[i]) : eq.known(name, values[i]);
		}
		for (int e = 0; e < 14; e++) {
			int size = 2 + random.nextInt(4);
			Set<Integer> chosen = new HashSet<>();
			while (chosen.size() < size) {
				chosen.add(random.nextInt(n));
			}
			int[] members = new int[size + 1];
			long[] coefs = new long[size + 1];
			long sum = 0;
			int m = 0;
			for (int i : chosen) {
				members[m] = vars[i];
				coefs[m] = random.nextBoolean() ? 1 : -1;
				sum += coefs[m] * values[i];
				m++;
			}
			members[m] = eq.known("k" + e, -sum);
			coefs[m] = 1;
			eq.add(members, coefs);
		}
		return eq.build();
	}

	/** Builds a system; an unknown's true value is kept too, as in the control's system. */
	private static final class Equations {

		private final List<String> names = new ArrayList<>();

		private final List<Long> values = new ArrayList<>();

		private final List<Boolean> unknown = new ArrayList<>();

		private final List<int[]> variables = new ArrayList<>();

		private final List<long[]> coefficients = new ArrayList<>();

		int unknown(String name, long value) {
			return add(name, value, true);
		}

		int known(String name, long value) {
			return add(name, value, false);
		}

		private int add(String name, long value, boolean isUnknown) {
			this.names.add(name);
			this.values.add(value);
			this.unknown.add(isUnknown);
			return this.names.size() - 1;
		}

		void add(int[] members, long[] coefs) {
			this.variables.add(members);
			this.coefficients.add(coefs);
		}

		Built build() {
			LinkedSystem system = LinkedSystem.of(this.names, this.values, this.variables, this.coefficients);
			boolean[] mask = new boolean[this.names.size()];
			for (int v = 0; v < mask.length; v++) {
				mask[v] = this.unknown.get(v);
			}
			return new Built(system, mask);
		}

	}

}
