package no.kostrabatch.validation.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kostrabatch.input.ExtractReader;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.input.ParsedLine;
import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.input.Pseudonymiser;
import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import no.kostrabatch.statistics.Aggregator;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.PersonYears;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.validation.ElevenFValidator;
import no.kostrabatch.validation.Severity;
import no.kostrabatch.validation.ValidationSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ElevenFExporterTests {

	static final Pseudonymiser KEY = new Pseudonymiser("export test key 0123456789".getBytes());

	@TempDir
	Path dir;

	@Test
	void theExportPassesTheRulesAndGivesTheSameStatisticsAsTheExtracts() throws IOException {
		Path csv = this.dir.resolve("oslo-2025.csv");
		new SampleGenerator(11).write("0301", 2025, 600, SampleFormat.CSV, csv);
		Path elevenF = this.dir.resolve("oslo-2025.11f");
		List<String> lines = new ArrayList<>();
		new ElevenFExporter().export(List.of(csv), 2025, (record) -> lines.add(record.line()));
		Files.write(elevenF, lines, StandardCharsets.ISO_8859_1);

		ValidationSummary summary = new ElevenFValidator().validate(elevenF, OptionalInt.empty(), null, (f) -> {
		});

		assertThat(lines).hasSize(600).allMatch((l) -> l.length() == 338);
		assertThat(summary.count(Severity.ERROR) + summary.count(Severity.FATAL)).isZero();
		Map<String, String> fromCsv = statistics(csv);
		Map<String, String> from11f = statistics(elevenF);
		assertThat(from11f).hasSameSizeAs(fromCsv).isEqualTo(fromCsv);
		assertThat(fromCsv).containsEntry("key_figures|0301||recipients", "600");
	}

	/** Every cell except citizenship, which an 11F file does not carry. */
	private static Map<String, String> statistics(Path file) throws IOException {
		Map<String, List<PersonMonth>> persons = new TreeMap<>();
		try (ExtractReader reader = ExtractReaders.open(file, KEY, null)) {
			for (ParsedLine line = reader.next(); line != null; line = reader.next()) {
				if (line instanceof ParsedLine.Facts facts) {
					facts.facts().forEach((f) -> persons.computeIfAbsent(f.personKey(), (k) -> new ArrayList<>()).add(f));
				}
			}
		}
		Aggregator aggregator = new Aggregator(TableCatalog.load(), StatisticsSettings.defaults());
		persons.values().forEach((facts) -> PersonYears.fromMonths(facts).ifPresent(aggregator::add));
		return aggregator.cells()
			.stream()
			.filter((c) -> !c.tableId().contains("citizenship") && !c.measure().contains("foreign"))
			.collect(Collectors.toMap((Cell c) -> c.tableId() + "|" + c.region() + "|" + c.cat1() + "/" + c.cat2() + "|"
					+ c.measure(), (Cell c) -> c.hasValue() ? c.value().toPlainString() : c.symbol().text()))
			.entrySet()
			.stream()
			.collect(Collectors.toMap((e) -> e.getKey().replace("|null/null|", "||"), Map.Entry::getValue));
	}

}
