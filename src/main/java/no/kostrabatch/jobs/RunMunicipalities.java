package no.kostrabatch.jobs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.kostrabatch.staging.FactStore;
import no.kostrabatch.staging.ImportScope;
import no.kostrabatch.statistics.Region;
import no.kostrabatch.statistics.Regions;

/**
 * The municipalities a run counts: those its files delivered for the year, or every municipality in
 * the store for the year when the run imported nothing; by their current numbers, and only those
 * asked for when the run names regions.
 */
final class RunMunicipalities {

	private final FactStore facts;

	private final Regions regions;

	RunMunicipalities(FactStore facts, Regions regions) {
		this.facts = facts;
		this.regions = regions;
	}

	/**
	 * The municipalities to count for {@code year}.
	 * @param importIds the run's imports
	 * @param imports what the run's imports delivered
	 * @param asked the regions the run asks for (every one when empty)
	 * @throws RunFailure when there is none, saying which years the run's files hold instead
	 */
	List<Region> choose(List<Long> importIds, RunSummary.Imports imports, int year, List<String> asked) {
		List<Region> municipalities = delivered(importIds, year).stream()
			.map(this.regions::current)
			.distinct()
			.filter((m) -> asked.isEmpty() || asked.contains(m))
			.map(Region::of)
			.toList();
		if (municipalities.isEmpty()) {
			throw noRecipients(importIds, imports, year, asked);
		}
		return municipalities;
	}

	private List<String> delivered(List<Long> importIds, int year) {
		Set<String> fromRun = new LinkedHashSet<>();
		for (long id : importIds) {
			for (ImportScope scope : this.facts.scopes(id)) {
				if (scope.year() == year) {
					fromRun.add(scope.municipality());
				}
			}
		}
		return fromRun.isEmpty() ? this.facts.municipalities(year) : fromRun.stream().sorted().toList();
	}

	/** No recipients for the year: the sentence says which years the files of this run hold instead. */
	private RunFailure noRecipients(List<Long> ids, RunSummary.Imports imports, int year, List<String> asked) {
		long lines = imports.lines();
		if (!ids.isEmpty() && lines > 0 && imports.facts() == 0) {
			String first = this.facts.firstRejection(ids).map((reason) -> "; the first: " + reason).orElse("");
			return RunFailure.input(String.format(Locale.ROOT, "Every one of the %,d lines of the files given "
					+ "was rejected, so there is nothing to count for %d%s. Correct the files and run again "
					+ "('./kostra import FILE --rejects DIR' lists every line's reason in DIR/avvist.csv).", lines, year,
					first));
		}
		Set<Integer> years = new TreeSet<>();
		for (long id : ids) {
			this.facts.scopes(id).forEach((scope) -> years.add(scope.year()));
		}
		if (years.isEmpty() || years.contains(year)) {
			return new RunFailure("The store holds no recipients for " + year
					+ (asked.isEmpty() ? "" : " in " + String.join(", ", asked)) + ": import files for " + year
					+ " first.");
		}
		String held = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
		return RunFailure.input("The files given hold " + held + ", not " + year + ", and the store holds no recipients "
				+ "for " + year + ": run for " + held + ", or give files for " + year + ".");
	}

}
