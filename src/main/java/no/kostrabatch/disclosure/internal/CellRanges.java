package no.kostrabatch.disclosure.internal;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attack on one component of a linked system built from published cells. A suppressed count is
 * at least 1 (a 0 is always published, so a reader knows that much) and a helper at least 0: the
 * unknowns that sit on that lower bound in every solution (an equation whose unknowns all have one
 * sign and whose published side leaves them no more than their lower bounds; and one linear
 * programme: maximise Σ tⱼ with 0 ≤ tⱼ ≤ xⱼ − Lⱼ, tⱼ ≤ 1), the unknowns the equations then fix
 * ({@link Determinacy}), and for the rest the smallest and largest value (linear programmes with
 * ojAlgo), solved exactly only where a pool of solutions has not already shown a spread of at least
 * k.
 */
public final class CellRanges {

	private static final double EPS = 1e-6;

	/**
	 * What the sparse programme's room above a bound must exceed to show that an unknown moves: above
	 * its tolerances (1e-7), far below any room the integer figures leave.
	 */
	private static final double LARGE_EPS = 1e-5;

	static {
		quietOjAlgo();
	}

	/**
	 * The largest component given to the linear programmes: ojAlgo's simplex keeps a dense tableau,
	 * so larger components get zero propagation and the equations' test only.
	 */
	public static final int LP_LIMIT = 120;

	/**
	 * Whether the components of more than {@link #LP_LIMIT} unknowns get their linear programme (OR-Tools'
	 * native library loads on this platform and {@code -Dkostra.large-lp=false} is not given).
	 */
	public static boolean largeProgrammesAvailable() {
		return SparseLp.available();
	}

	private final LinkedSystem system;

	private final boolean[] unknown;

	private final Determinacy.Component component;

	private final Map<Integer, Integer> column = new HashMap<>();

	private CellRanges(LinkedSystem system, boolean[] unknown, Determinacy.Component component) {
		this.system = system;
		this.unknown = unknown;
		this.component = component;
		for (int i = 0; i < component.unknowns().size(); i++) {
			this.column.put(component.unknowns().get(i), i);
		}
	}

	/**
	 * The integer range {@code [min, max]} of every non-helper unknown of the component whose range
	 * is narrower than {@code k} (a single value when min = max); the others are left out.
	 */
	public static Map<Integer, long[]> narrow(LinkedSystem system, boolean[] unknown, Determinacy.Component component,
			int k) {
		return new CellRanges(system, unknown, component).narrow(k, LP_LIMIT);
	}

	/**
	 * {@link #narrow(LinkedSystem, boolean[], Determinacy.Component, int)} with another limit for
	 * ojAlgo: above it the single values alone, with the sparse programme (tests compare the two).
	 */
	static Map<Integer, long[]> narrow(LinkedSystem system, boolean[] unknown, Determinacy.Component component, int k,
			int lpLimit) {
		return new CellRanges(system, unknown, component).narrow(k, lpLimit);
	}

	/**
	 * The unknowns of a component a reader pins at their lower bound, by propagation and then by the
	 * zero search of ojAlgo or of the sparse programme (tests compare the two).
	 */
	static Set<Integer> pinned(LinkedSystem system, boolean[] unknown, Determinacy.Component component, boolean sparse) {
		CellRanges ranges = new CellRanges(system, unknown, component);
		Set<Integer> pinned = ranges.propagateLowerBounds();
		if (sparse) {
			pinned.addAll(ranges.largeZeroSearch(pinned));
			return pinned;
		}
		double[] zeroSearch = ranges.zeroSearch();
		int n = component.unknowns().size();
		for (int c = 0; c < n; c++) {
			if (zeroSearch[n + c] < EPS) {
				pinned.add(component.unknowns().get(c));
			}
		}
		return pinned;
	}

	private Map<Integer, long[]> narrow(int k, int lpLimit) {
		List<Integer> unknowns = this.component.unknowns();
		int n = unknowns.size();
		Set<Integer> pinned = propagateLowerBounds();
		double[] zeroSearch = null;
		if (n <= lpLimit) {
			zeroSearch = zeroSearch();
			for (int c = 0; c < n; c++) {
				if (zeroSearch[n + c] < EPS) {
					pinned.add(unknowns.get(c));
				}
			}
		}
		else if (SparseLp.available()) {
			pinned.addAll(largeZeroSearch(pinned));
		}
		Map<Integer, long[]> result = new HashMap<>();
		boolean[] moving = this.unknown.clone();
		pinned.forEach((v) -> moving[v] = false);
		Determinacy.Component rest = new Determinacy.Component(
				unknowns.stream().filter((v) -> !pinned.contains(v)).toList(), this.component.equations());
		Set<Integer> fixed = new HashSet<>(Determinacy.fixed(this.system, rest, moving, 17));
		if (zeroSearch == null) {
			for (int v : unknowns) {
				if (!this.system.isHelper(v) && (fixed.contains(v) || pinned.contains(v))) {
					long value = pinned.contains(v) ? lower(v) : -1;
					result.put(v, new long[] { value, value });
				}
			}
			return result;
		}
		fixed.addAll(pinned);
		List<double[]> pool = new ArrayList<>();
		pool.add(zeroSearch);
		Random random = new Random(n);
		for (int round = 0; round < 6; round++) {
			double[] weights = new double[n];
			for (int c = 0; c < n; c++) {
				weights[c] = random.nextDouble() - 0.5;
			}
			double[] solution = solve(weights, true);
			if (solution != null) {
				pool.add(solution);
			}
		}
		for (int c = 0; c < n; c++) {
			int v = unknowns.get(c);
			if (this.system.isHelper(v)) {
				continue;
			}
			if (fixed.contains(v)) {
				long value = Math.round(zeroSearch[c]);
				result.put(v, new long[] { value, value });
				continue;
			}
			double low = Double.MAX_VALUE;
			double high = -Double.MAX_VALUE;
			for (double[] solution : pool) {
				low = Math.min(low, solution[c]);
				high = Math.max(high, solution[c]);
			}
			if (high - low >= k) {
				continue;
			}
			double[] weights = new double[n];
			weights[c] = 1;
			double[] highest = solve(weights, true);
			if (highest == null) {
				continue;
			}
			long max = (long) Math.floor(highest[c] + EPS);
			long min = (long) Math.ceil(solve(weights, false)[c] - EPS);
			if (max - min < k) {
				result.put(v, new long[] { min, max });
			}
		}
		return result;
	}

	/**
	 * The lower bound a reader knows: 1 for a suppressed count (zeros are published), 0 for a helper;
	 * where the system holds the true figures (the control), never above the true value (cells made by
	 * hand need not hold to it).
	 */
	private long lower(int v) {
		long bound = this.system.isHelper(v) ? 0 : 1;
		Long value = this.system.value(v);
		return (value != null) ? Math.min(bound, value) : bound;
	}

	/**
	 * Unknowns that sit on their lower bound: an equation whose remaining unknowns all have one sign,
	 * once the known values (and the unknowns found so far, at their bounds) are put in, and whose
	 * constant leaves them exactly their lower bounds (three suppressed districts that add up to a
	 * published 3 are 1 each).
	 */
	private Set<Integer> propagateLowerBounds() {
		Set<Integer> pinned = new HashSet<>();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int e : this.component.equations()) {
				int[] vars = this.system.equationVariables(e);
				long[] coefs = this.system.equationCoefficients(e);
				long constant = 0;
				long atBounds = 0;
				int positive = 0;
				int negative = 0;
				for (int i = 0; i < vars.length; i++) {
					if (!this.unknown[vars[i]]) {
						constant += coefs[i] * this.system.value(vars[i]);
					}
					else if (pinned.contains(vars[i])) {
						constant += coefs[i] * lower(vars[i]);
					}
					else {
						atBounds += coefs[i] * lower(vars[i]);
						if (coefs[i] > 0) {
							positive++;
						}
						else {
							negative++;
						}
					}
				}
				if ((positive == 0) != (negative == 0) && constant + atBounds == 0) {
					for (int v : vars) {
						if (this.unknown[v] && pinned.add(v)) {
							changed = true;
						}
					}
				}
			}
		}
		return pinned;
	}

	private ExpressionsBasedModel model(List<Variable> x) {
		ExpressionsBasedModel model = new ExpressionsBasedModel();
		for (int v : this.component.unknowns()) {
			x.add(model.addVariable(this.system.name(v)).lower(lower(v)));
		}
		int row = 0;
		for (int e : this.component.equations()) {
			int[] vars = this.system.equationVariables(e);
			long[] coefs = this.system.equationCoefficients(e);
			Expression expression = model.addExpression("e" + row++);
			for (int i = 0; i < vars.length; i++) {
				if (this.unknown[vars[i]]) {
					expression.set(x.get(this.column.get(vars[i])), coefs[i]);
				}
			}
			expression.level(constant(e));
		}
		return model;
	}

	/**
	 * Which unknowns can leave their lower bound: maximise Σ tⱼ over the unknowns not yet shown to
	 * move, with 0 ≤ tⱼ ≤ min(xⱼ − Lⱼ, 1); every tⱼ above 0 shows that xⱼ moves, and the programme is
	 * solved again for the others until its optimum is 0 (one optimum alone is not enough: with
	 * x + y + h = 4, x, y ≥ 1, h ≥ 0, the optimum 2 may be reached with t of x at 0, though x can be
	 * 3). Returns the first solution's x values, then 1 for each unknown that moves and 0 for each
	 * that is pinned.
	 */
	private double[] zeroSearch() {
		int n = this.component.unknowns().size();
		double[] values = new double[2 * n];
		boolean[] open = new boolean[n];
		java.util.Arrays.fill(open, true);
		boolean first = true;
		while (true) {
			List<Variable> x = new ArrayList<>();
			ExpressionsBasedModel model = model(x);
			Variable[] t = new Variable[n];
			for (int c = 0; c < n; c++) {
				if (!open[c]) {
					continue;
				}
				t[c] = model.addVariable("t" + c).lower(0).upper(1).weight(1);
				Expression below = model.addExpression("t" + c + "<=x");
				below.set(t[c], 1);
				below.set(x.get(c), -1);
				below.upper(-lower(this.component.unknowns().get(c)));
			}
			Optimisation.Result result = model.maximise();
			check(result);
			if (first) {
				for (int c = 0; c < n; c++) {
					values[c] = x.get(c).getValue().doubleValue();
				}
				first = false;
			}
			boolean moved = false;
			for (int c = 0; c < n; c++) {
				if (open[c] && t[c].getValue().doubleValue() > EPS) {
					open[c] = false;
					values[n + c] = 1;
					moved = true;
				}
			}
			if (!moved) {
				return values;
			}
		}
	}

	/**
	 * {@link #zeroSearch()} for a component too large for ojAlgo, with the sparse programme (CLP): the
	 * same programme, solved again from its last basis with the unknowns shown to move taken out of the objective, until no
	 * other moves. Returns the unknowns pinned at their lower bound.
	 * @param known unknowns already found pinned (by propagation)
	 */
	private Set<Integer> largeZeroSearch(Set<Integer> known) {
		List<Integer> unknowns = this.component.unknowns();
		int n = unknowns.size();
		try (SparseLp lp = SparseLp.create()) {
			MPVariable[] x = new MPVariable[n];
			MPVariable[] t = new MPVariable[n];
			for (int c = 0; c < n; c++) {
				int v = unknowns.get(c);
				x[c] = lp.variable(lower(v), known.contains(v) ? lower(v) : Double.POSITIVE_INFINITY);
				if (!known.contains(v)) {
					t[c] = lp.variable(0, 1);
					lp.objective(t[c], 1);
					MPConstraint below = lp.constraint(Double.NEGATIVE_INFINITY, -lower(v));
					below.setCoefficient(t[c], 1);
					below.setCoefficient(x[c], -1);
				}
			}
			for (int e : this.component.equations()) {
				int[] vars = this.system.equationVariables(e);
				long[] coefs = this.system.equationCoefficients(e);
				long constant = constant(e);
				MPConstraint equation = lp.constraint(constant, constant);
				for (int i = 0; i < vars.length; i++) {
					if (this.unknown[vars[i]]) {
						equation.setCoefficient(x[this.column.get(vars[i])], coefs[i]);
					}
				}
			}
			Set<Integer> pinned = new HashSet<>();
			while (true) {
				if (!lp.solve(true)) {
					throw new IllegalStateException("The published cells admit no solution around "
							+ this.system.name(unknowns.get(0)));
				}
				boolean moved = false;
				double[] room = new double[n];
				for (int c = 0; c < n; c++) {
					room[c] = (t[c] != null) ? t[c].solutionValue() : 0;
				}
				for (int c = 0; c < n; c++) {
					if (room[c] > LARGE_EPS) {
						lp.objective(t[c], 0);
						t[c].setUb(0);
						t[c] = null;
						moved = true;
					}
				}
				if (!moved) {
					for (int c = 0; c < n; c++) {
						if (t[c] != null) {
							pinned.add(unknowns.get(c));
						}
					}
					return pinned;
				}
			}
		}
	}

	/** What an equation's unknowns add up to: minus the sum of its known terms. */
	private long constant(int equation) {
		int[] vars = this.system.equationVariables(equation);
		long[] coefs = this.system.equationCoefficients(equation);
		long constant = 0;
		for (int i = 0; i < vars.length; i++) {
			if (!this.unknown[vars[i]]) {
				constant -= coefs[i] * this.system.value(vars[i]);
			}
		}
		return constant;
	}

	/** The solution of a linear objective, {@code null} when it is unbounded. */
	private double[] solve(double[] weights, boolean maximise) {
		List<Variable> x = new ArrayList<>();
		ExpressionsBasedModel model = model(x);
		for (int c = 0; c < x.size(); c++) {
			if (weights[c] != 0) {
				x.get(c).weight(weights[c]);
			}
		}
		Optimisation.Result result = maximise ? model.maximise() : model.minimise();
		if (result.getState() == Optimisation.State.UNBOUNDED) {
			return null;
		}
		check(result);
		double[] values = new double[x.size()];
		for (int c = 0; c < x.size(); c++) {
			values[c] = x.get(c).getValue().doubleValue();
		}
		return values;
	}

	/**
	 * ojAlgo prints a hardware banner on standard output when it first loads, which would land in the
	 * middle of the audit's report: its classes are loaded once with standard output sent nowhere
	 * (its debug logger, made then, stays silent).
	 */
	private static synchronized void quietOjAlgo() {
		PrintStream out = System.out;
		try {
			System.setOut(new PrintStream(OutputStream.nullOutputStream()));
			Class.forName("org.ojalgo.OjAlgoUtils", true, CellRanges.class.getClassLoader());
			Class.forName("org.ojalgo.netio.BasicLogger", true, CellRanges.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("ojAlgo is not on the class path", ex);
		}
		finally {
			System.setOut(out);
		}
	}

	private void check(Optimisation.Result result) {
		if (!result.getState().isOptimal()) {
			throw new IllegalStateException("The published cells admit no solution (" + result.getState() + ") around "
					+ this.system.name(this.component.unknowns().get(0)));
		}
	}

}
