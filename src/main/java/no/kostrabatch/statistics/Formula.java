package no.kostrabatch.statistics;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a measure computes, as its catalogue entry declares it ({@code formula} in
 * {@code measures.yaml}): a count or a sum of a variable over the persons of a cell (optionally only
 * those of a {@link Where}), a mean, a ratio of two counts or sums, a percentage of the known
 * categories, or a rate per inhabitant. Measures a formula names are resolved when the catalogue
 * loads, so a formula holds only terms.
 */
public sealed interface Formula {

	/**
	 * The counts and sums the formula is computed from, with the count of the persons behind each
	 * sum that has a condition of its own (a mean, a ratio over sums, or a sum over a group).
	 */
	Set<Term> inputs();

	/** A count or sum the aggregation keeps per cell. */
	sealed interface Term extends Formula {

		Where where();

	}

	/** The persons of the cell (that meet {@code where}). */
	record Count(Where where) implements Term {

		@Override
		public Set<Term> inputs() {
			return Set.of(this);
		}

	}

	/** A numeric variable summed over the persons of the cell (that meet {@code where}). */
	record Sum(String variable, Where where) implements Term {

		@Override
		public Set<Term> inputs() {
			return this.where.isEmpty() ? Set.of(this) : Set.of(this, new Count(this.where));
		}

	}

	/** The sum of a variable divided by the count of the same persons. */
	record Mean(String variable, Where where) implements Formula {

		public Sum sum() {
			return new Sum(this.variable, this.where);
		}

		public Count count() {
			return new Count(this.where);
		}

		@Override
		public Set<Term> inputs() {
			return Set.of(sum(), count());
		}

	}

	/** numerator ÷ denominator × factor. */
	record Ratio(Term numerator, Term denominator, int factor) implements Formula {

		@Override
		public Set<Term> inputs() {
			Set<Term> inputs = new LinkedHashSet<>();
			for (Term term : new Term[] { this.numerator, this.denominator }) {
				inputs.addAll(term.inputs());
				if (term instanceof Sum) {
					inputs.add(new Count(term.where()));
				}
			}
			return inputs;
		}

	}

	/**
	 * The term in the cell as a percentage of the term summed over the known categories of the first
	 * dimension (its {@code total} less its {@code unknown}), in the same column.
	 */
	record ShareOfKnown(Term term) implements Formula {

		@Override
		public Set<Term> inputs() {
			return term.inputs();
		}

	}

	/**
	 * The term per inhabitant of the cell's population × factor: counted as missing ({@code ..}), and
	 * filled in from a population file after the counting.
	 */
	record PerPopulation(Term term, int factor) implements Formula {

		@Override
		public Set<Term> inputs() {
			return term.inputs();
		}

	}

}
