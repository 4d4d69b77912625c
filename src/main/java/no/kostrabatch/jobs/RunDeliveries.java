package no.kostrabatch.jobs;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

import no.kostrabatch.staging.ImportDelivery;

/**
 * What each file of a run delivered and replaced, as the run summary shows it, and which months of
 * each municipality's year the store covers after the run (part of the {@link RunSummary}).
 */
public final class RunDeliveries {

	private RunDeliveries() {
	}

	/**
	 * One file of the run.
	 * @param file the file name
	 * @param municipalities the municipalities it delivers
	 * @param months the months it delivers
	 * @param facts person-months stored from it
	 * @param before person-months earlier runs had in its months
	 * @param after person-months in its months after the run (all files of the run)
	 * @param strayRows rows of months outside its period that were rejected
	 * @param strayMonths those months
	 * @param cutAfterLine the last whole line when the file seems cut, else 0
	 * @param lines lines read from it
	 * @param rejected lines of it rejected
	 */
	public record Delivery(String file, List<String> municipalities, List<YearMonth> months, long facts, long before,
			long after, long strayRows, List<YearMonth> strayMonths, long cutAfterLine, long lines, long rejected) implements Serializable {

		public Delivery {
			municipalities = List.copyOf(municipalities);
			months = List.copyOf(months);
			strayMonths = List.copyOf(strayMonths);
		}

		/** Lines were read and every one was rejected: nothing of the file was stored. */
		public boolean allRejected() {
			return this.lines > 0 && this.facts == 0 && this.rejected == this.lines;
		}

	}

	/** The months of a municipality's year that the store covers after the run. */
	public record Coverage(String municipality, int year, List<Integer> months) implements Serializable {

		public Coverage {
			months = List.copyOf(months);
		}

	}

	/** What the store says a file of the run delivered. */
	static Delivery of(ImportDelivery d) {
		return new Delivery(d.summary().fileName(), d.municipalities(), d.months(), d.summary().factsWritten(),
				d.before(), d.after(), d.strayRows(), d.strayMonths(), d.cutAfterLine(), d.summary().linesRead(),
				d.summary().rejected());
	}

}
