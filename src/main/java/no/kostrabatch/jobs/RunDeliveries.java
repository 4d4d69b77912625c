package no.kostrabatch.jobs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.staging.ImportDelivery;

/**
 * What each file of a run delivered and replaced, as the run summary shows it, and which months of
 * each municipality's year the store covers after the run. Kept in the job's context as text.
 */
public final class RunDeliveries {

	private static final String SEPARATOR = "\t";

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
			long after, long strayRows, List<YearMonth> strayMonths, long cutAfterLine, long lines, long rejected) {

		/** Lines were read and every one was rejected: nothing of the file was stored. */
		public boolean allRejected() {
			return this.lines > 0 && this.facts == 0 && this.rejected == this.lines;
		}

	}

	/** The months of a municipality's year that the store covers after the run. */
	public record Coverage(String municipality, int year, List<Integer> months) {
	}

	static String encode(ImportDelivery d) {
		return String.join(SEPARATOR, d.summary().fileName().replace(SEPARATOR, " "), String.join(",", d.municipalities()),
				String.join(",", d.months().stream().map(YearMonth::toString).toList()),
				String.valueOf(d.summary().factsWritten()), String.valueOf(d.before()), String.valueOf(d.after()),
				String.valueOf(d.strayRows()), String.join(",", d.strayMonths().stream().map(YearMonth::toString).toList()),
				String.valueOf(d.cutAfterLine()), String.valueOf(d.summary().linesRead()),
				String.valueOf(d.summary().rejected()));
	}

	static List<Delivery> deliveries(String text) {
		List<Delivery> result = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return result;
		}
		for (String line : text.split("\n")) {
			String[] f = line.split(SEPARATOR, -1);
			result.add(new Delivery(f[0], RunParameters.listOf(f[1]), months(f[2]), Long.parseLong(f[3]),
					Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), months(f[7]), Long.parseLong(f[8]),
					(f.length > 10) ? Long.parseLong(f[9]) : -1, (f.length > 10) ? Long.parseLong(f[10]) : -1));
		}
		return result;
	}

	static List<Coverage> coverage(String text) {
		List<Coverage> result = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return result;
		}
		for (String line : text.split("\n")) {
			String[] f = line.split(" ", -1);
			result.add(new Coverage(f[0], Integer.parseInt(f[1]),
					RunParameters.listOf(f[2]).stream().map(Integer::valueOf).toList()));
		}
		return result;
	}

	private static List<YearMonth> months(String text) {
		return RunParameters.listOf(text).stream().map(YearMonth::parse).toList();
	}

}
