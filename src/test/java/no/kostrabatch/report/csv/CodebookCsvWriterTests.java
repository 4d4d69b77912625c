package no.kostrabatch.report.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.kostrabatch.statistics.TableCatalog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CodebookCsvWriterTests {

	@TempDir
	Path dir;

	@Test
	void everyTableDimensionAndMeasureRowHasBothDefinitions() throws IOException {
		List<CSVRecord> rows = write();

		TableCatalog catalog = TableCatalog.load();
		List<CSVRecord> defined = rows.stream().filter((r) -> !"category".equals(r.get("kind"))).toList();
		assertThat(defined).hasSize(catalog.tables().size()
				+ catalog.tables().stream().mapToInt((t) -> t.dimensions().size() + t.measures().size()).sum());
		assertThat(defined).allSatisfy((r) -> {
			assertThat(r.get("definition_nb")).as(r.toString()).isNotBlank();
			assertThat(r.get("definition_en")).as(r.toString()).isNotBlank();
		});
	}

	@Test
	void theOldColumnsKeepTheirPlaceAndDimensionsHaveRows() throws IOException {
		List<CSVRecord> rows = write();

		assertThat(CodebookCsvWriter.HEADER).startsWith("kind", "table_id", "dimension", "code", "label_nb", "label_en",
				"unit_nb", "unit_en", "decimals", "subtotal_of_members")
			.endsWith("definition_nb", "definition_en");
		CSVRecord gender = row(rows, "dimension", "recipients_by_gender", "gender", "");
		assertThat(gender.get("label_en")).isEqualTo("Gender");
		assertThat(gender.get("definition_nb")).isEqualTo("Mottakerens kjønn (KJONN) ved siste kontakt i perioden.");
		CSVRecord recipients = row(rows, "measure", "key_figures", "", "recipients");
		assertThat(recipients.get("definition_nb")).isEqualTo(
				"Personer med minst én måned med økonomisk stønad (bidrag eller lån) i perioden. En person telles én gang i "
						+ "kommunen, i bydelen for siste måned med stønad.");
		CSVRecord yes = row(rows, "category", "recipients_by_long_term", "long_term", "yes");
		assertThat(yes.get("definition_en")).isEqualTo(
				"Support in 6 months or more of the year.");
		CSVRecord change = row(rows, "measure", "key_figures_change", "", "change");
		assertThat(change.get("unit_en")).isEqualTo("the key figure's unit");
		assertThat(change.get("decimals")).isEmpty();
		CSVRecord indicator = row(rows, "category", "key_figures_index", "indicator", "share_long_term");
		assertThat(indicator.get("label_nb")).isEqualTo("Andel langtidsmottakere");
		assertThat(indicator.get("definition_en")).isEqualTo("Long-term recipients (6 months or more) as a percentage of all recipients.");
	}

	private List<CSVRecord> write() throws IOException {
		Path file = this.dir.resolve("codebook.csv");
		new CodebookCsvWriter().write(TableCatalog.load(), file);
		return read(file);
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

	private static CSVRecord row(List<CSVRecord> rows, String kind, String table, String dimension, String code) {
		return rows.stream()
			.filter((r) -> r.get("kind").equals(kind) && r.get("table_id").equals(table) && r.get("dimension").equals(dimension)
					&& r.get("code").equals(code))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theRunsRegionsPeriodsSymbolsAndDerivedMeasuresHaveRows() throws IOException {
		Path file = this.dir.resolve("codebook-run.csv");
		new CodebookCsvWriter().write(no.kostrabatch.report.ReportFixtures.twoCities(no.kostrabatch.statistics.Lang.NB,
				no.kostrabatch.disclosure.DisclosureMode.PUBLIC), file);
		List<CSVRecord> rows = read(file);

		assertThat(row(rows, "region", "", "region", "0301").get("label_nb")).isEqualTo("Oslo");
		assertThat(row(rows, "region", "", "region", "4601").get("label_en")).isEqualTo("Bergen");
		CSVRecord group = row(rows, "region", "", "region", "group:run");
		assertThat(group.get("label_nb")).isEqualTo("Byene i kjøringen");
		assertThat(group.get("label_en")).isEqualTo("The cities of the run");
		assertThat(row(rows, "period", "", "period", "2025").get("definition_en")).isEqualTo("The year 2025.");
		assertThat(row(rows, "symbol", "", "symbol", ":").get("label_nb")).isEqualTo("Skjult av personvernhensyn");
		assertThat(row(rows, "symbol", "", "symbol", ".").get("label_en")).isEqualTo("Not applicable");
		assertThat(row(rows, "symbol", "", "symbol", "..").get("label_en")).isEqualTo("Data missing");
		for (String measure : List.of("change", "change_percent", "index")) {
			CSVRecord derived = row(rows, "measure", "recipients_by_age", "", measure);
			assertThat(derived.get("definition_nb")).as(measure).isNotBlank();
			assertThat(derived.get("definition_en")).as(measure).isNotBlank();
		}
		assertThat(row(rows, "measure", "recipients_by_age", "", "change").get("unit_en")).isEqualTo("persons");
	}

	@Test
	void aMonthlyRunsPeriodCodeSaysWhereItIsJanuaryToMAndWhereTheMonth() throws IOException {
		Path file = this.dir.resolve("codebook-month.csv");
		new CodebookCsvWriter().write(no.kostrabatch.report.excel.MonthlyWorkbookFixtures.march2025(
				no.kostrabatch.statistics.Lang.NB, no.kostrabatch.disclosure.DisclosureMode.INTERNAL), file);
		List<CSVRecord> rows = read(file);

		CSVRecord tables = row(rows, "period", "", "period", "2025-03");
		assertThat(tables.get("label_nb")).isEqualTo("januar–mars 2025");
		assertThat(tables.get("definition_en")).isEqualTo("Year to date: January–March 2025 (every table but monthly_status).");
		CSVRecord month = row(rows, "period", "monthly_status", "period", "2025-03");
		assertThat(month.get("label_nb")).isEqualTo("mars 2025");
		assertThat(month.get("label_en")).isEqualTo("March 2025");
		assertThat(month.get("definition_en"))
			.isEqualTo("The month of March 2025 for the measures of the month (*_month); January–March 2025 for the measures year to date (*_ytd).");
	}

}
