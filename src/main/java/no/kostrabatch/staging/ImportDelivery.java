package no.kostrabatch.staging;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/**
 * What one file of a run delivered and replaced: its municipalities and months, the person-months
 * earlier runs had in those months (before) and the person-months there after the run (after, all
 * files of the run together), the rows of stray months it was not allowed to replace, and where the
 * file seems cut.
 *
 * @param summary lines, facts and rejected lines of the file
 * @param scopes the municipalities and months the file delivers, in order
 * @param before person-months in the file's months from earlier runs, before this run
 * @param after person-months in the file's months after this run
 * @param strayRows rows of months outside the file's period that were rejected
 * @param strayMonths those months
 * @param cutAfterLine the last whole line when the file ends in the middle of a record, else 0
 */
public record ImportDelivery(ImportSummary summary, List<ImportScope> scopes, long before, long after, long strayRows,
		List<YearMonth> strayMonths, long cutAfterLine) {

	public ImportDelivery {
		scopes = List.copyOf(scopes);
		strayMonths = List.copyOf(strayMonths);
	}

	/** The municipalities, e.g. ["0301"]. */
	public List<String> municipalities() {
		return List.copyOf(new TreeSet<>(this.scopes.stream().map(ImportScope::municipality).toList()));
	}

	/** The months delivered, in order, without repetition. */
	public List<YearMonth> months() {
		return List.copyOf(new TreeSet<>(this.scopes.stream().map((s) -> YearMonth.of(s.year(), s.month())).toList()));
	}

}
