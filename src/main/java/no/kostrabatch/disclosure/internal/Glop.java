package no.kostrabatch.disclosure.internal;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Google's GLOP (OR-Tools), a sparse revised simplex, for the linear programmes over components too
 * large for ojAlgo's dense tableau (a city's districts: thousands of unknowns). Its native library is
 * in the jar for Linux and Windows on x86-64; where it does not load, {@link #available()} is false
 * and the callers fall back to what they do without it (SECURITY.md says what that leaves).
 */
final class Glop implements AutoCloseable {

	private static final boolean AVAILABLE = load();

	/** A programme that takes longer counts as not solved (the callers say what that leaves). */
	private static final long TIME_LIMIT_MILLIS = 120_000;

	private final MPSolver solver;

	private MPSolver.ResultStatus status;

	private Glop() {
		this.solver = MPSolver.createSolver("GLOP");
		if (this.solver == null) {
			throw new IllegalStateException("OR-Tools has no GLOP solver");
		}
	}

	/** The switch that turns GLOP on: {@code -Dkostra.glop=true} (off by default, see SECURITY.md). */
	static final String SWITCH = "kostra.glop";

	/**
	 * Whether the large components get GLOP: its native library loaded and {@link #SWITCH} is on. It is
	 * off by default while GLOP reports some feasible repair programmes infeasible (issue 10's note).
	 */
	static boolean available() {
		return AVAILABLE && Boolean.getBoolean(SWITCH);
	}

	/** A new, empty programme; close it to free its native memory. */
	static Glop create() {
		if (!available()) {
			throw new IllegalStateException("GLOP's native library did not load on this platform");
		}
		return new Glop();
	}

	MPVariable variable(double lower, double upper) {
		return this.solver.makeNumVar(lower, upper, "");
	}

	MPConstraint constraint(double lower, double upper) {
		return this.solver.makeConstraint(lower, upper, "");
	}

	void objective(MPVariable variable, double coefficient) {
		this.solver.objective().setCoefficient(variable, coefficient);
	}

	/**
	 * Solves; returns whether an optimum was found.
	 * @param maximise maximise the objective, else minimise it
	 */
	boolean solve(boolean maximise) {
		if (maximise) {
			this.solver.objective().setMaximization();
		}
		else {
			this.solver.objective().setMinimization();
		}
		this.solver.setTimeLimit(TIME_LIMIT_MILLIS);
		this.status = this.solver.solve();
		return this.status == MPSolver.ResultStatus.OPTIMAL;
	}

	/** What the last {@link #solve} ended with, for messages. */
	String status() {
		return String.valueOf(this.status);
	}

	@Override
	public void close() {
		this.solver.delete();
	}

	private static boolean load() {
		try {
			Loader.loadNativeLibraries();
			return true;
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
