package no.kostrabatch.disclosure.internal;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A sparse linear programme for the components too large for ojAlgo's dense tableau (a city's
 * districts: thousands of unknowns): COIN-OR's CLP, by its dual simplex, through Google's OR-Tools,
 * whose native library is in the jar for Linux and Windows on x86-64. Where it does not load (or
 * {@code -Dkostra.large-lp=false} turns it off), {@link #available()} is false and the callers fall
 * back to what they do without it (SECURITY.md says what that leaves).
 *
 * <p>
 * CLP and not GLOP, the simplex OR-Tools ships as its own: on the repair programmes of a four-city
 * fixture GLOP reported feasible programmes infeasible (every variable at 0 solves them) and ran for
 * minutes where CLP's dual simplex takes seconds (issue 10's note).
 */
final class SparseLp implements AutoCloseable {

	/** The switch: {@code -Dkostra.large-lp=false} turns the large programmes off (on by default). */
	static final String SWITCH = "kostra.large-lp";

	private static final boolean LOADED = load();

	/** A programme that takes longer counts as not solved (the callers say what that leaves). */
	private static final long TIME_LIMIT_MILLIS = 120_000;

	private final MPSolver solver;

	private MPSolver.ResultStatus status;

	private SparseLp() {
		this.solver = MPSolver.createSolver("CLP");
		if (this.solver == null) {
			throw new IllegalStateException("OR-Tools has no CLP solver");
		}
	}

	/** Whether the large components get their programmes: the native library loaded, and not switched off. */
	static boolean available() {
		return LOADED && !"false".equalsIgnoreCase(System.getProperty(SWITCH));
	}

	/** A new, empty programme; close it to free its native memory. */
	static SparseLp create() {
		if (!available()) {
			throw new IllegalStateException("The sparse linear programmes are off or did not load on this platform");
		}
		return new SparseLp();
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
	 * Solves by the dual simplex (OR-Tools' default for CLP was ten times slower here); returns whether
	 * an optimum was found.
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
		MPSolverParameters parameters = new MPSolverParameters();
		try {
			parameters.setIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM,
					MPSolverParameters.LpAlgorithmValues.DUAL.swigValue());
			this.status = this.solver.solve(parameters);
		}
		finally {
			parameters.delete();
		}
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
