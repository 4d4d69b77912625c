package no.kostrabatch.statistics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.ExtractReader;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.input.ParsedLine;
import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.input.Pseudonymiser;

/** The engine without the store, for tests: a file read as the import reads it and counted as the job counts. */
public final class Engine {

	private Engine() {
	}

	/** What the engine makes of a file: its lines, the rejected ones and every cell of the catalogue. */
	public record Counted(int lines, List<ParsedLine.Rejected> rejected, List<Cell> cells) {
	}

	/** Reads a file, derives each person's year and counts the person-years into every table. */
	public static Counted count(Path file) throws IOException {
		return count(file, StatisticsSettings.defaults());
	}

	/** The same with other settings (e.g. the long-term threshold). */
	public static Counted count(Path file, StatisticsSettings settings) throws IOException {
		Map<String, List<PersonMonth>> byPerson = new LinkedHashMap<>();
		List<ParsedLine.Rejected> rejected = new ArrayList<>();
		int lines = 0;
		try (ExtractReader reader = ExtractReaders.open(file,
				new Pseudonymiser("a crafted key of at least 16 bytes".getBytes()), ColumnMapping.none())) {
			for (ParsedLine line = reader.next(); line != null; line = reader.next()) {
				lines++;
				if (line instanceof ParsedLine.Facts facts) {
					facts.facts()
						.forEach((f) -> byPerson.computeIfAbsent(f.municipality() + f.personKey(), (k) -> new ArrayList<>())
							.add(f));
				}
				else if (line instanceof ParsedLine.Rejected r) {
					rejected.add(r);
				}
			}
		}
		Aggregator aggregator = new Aggregator(TableCatalog.load(), settings);
		byPerson.values().forEach((facts) -> PersonYears.fromMonths(facts).ifPresent(aggregator::add));
		return new Counted(lines, rejected, aggregator.cells());
	}

}
