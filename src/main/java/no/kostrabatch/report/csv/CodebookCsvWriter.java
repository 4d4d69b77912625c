package no.kostrabatch.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.kostrabatch.report.FileReportWriter;
import no.kostrabatch.report.Messages;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Label;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code codebook.csv} from the catalogue: for every table a {@code table} row, for each of its
 * dimensions a {@code dimension} row and a {@code category} row per code (subtotals list their
 * members), and a {@code measure} row per measure with its unit and decimals. Tables, dimensions and
 * measures carry their definition in bokmål and English; categories where the catalogue gives one.
 * A measure given in its indicator's unit (the change of a key figure) says so in its unit and has
 * no decimals of its own.
 */
public final class CodebookCsvWriter implements FileReportWriter {

	/** The name a run asks for this report by, and its file. */
	public static final String NAME = "codebook.csv";

	public static final String[] HEADER = { "kind", "table_id", "dimension", "code", "label_nb", "label_en", "unit_nb",
			"unit_en", "decimals", "subtotal_of_members", "definition_nb", "definition_en" };

	private static final Label INDICATOR_UNIT = new Label(new Messages(Lang.NB).get(Messages.INDICATOR_UNIT),
			new Messages(Lang.EN).get(Messages.INDICATOR_UNIT));

	/** The catalogue only: tables, dimensions, categories and measures. */
	public void write(TableCatalog catalog, Path file) throws IOException {
		write(catalog, null, file);
	}

	@Override
	public String name() {
		return NAME;
	}

	/**
	 * The catalogue, then what the run's {@code statistics.csv} holds beyond it: the measures worked out
	 * for a table after the counting ({@code change}, {@code change_percent}, {@code index}), a
	 * {@code region} row per region code with its name, a {@code period} row per period code saying
	 * what it covers (a monthly run's {@code YYYY-MM} is January to M in the tables and the month itself
	 * in {@code monthly_status}), and a {@code symbol} row per table symbol.
	 */
	@Override
	public void write(ReportData data, Path file) throws IOException {
		write(data.catalog(), data, file);
	}

	private void write(TableCatalog catalog, ReportData data, Path file) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
		Map<String, Set<String>> measuresOf = new HashMap<>();
		if (data != null) {
			data.cells().forEach((c) -> measuresOf.computeIfAbsent(c.tableId(), (t) -> new TreeSet<>()).add(c.measure()));
		}
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out, format)) {
			for (TableDefinition table : catalog.tables()) {
				printer.printRecord("table", table.id(), "", "", text(table.title().nb()), text(table.title().en()), "", "",
						"", "", text(table.definition().nb()), text(table.definition().en()));
				for (String dimensionId : table.dimensions()) {
					Dimension dimension = catalog.dimension(dimensionId);
					printer.printRecord("dimension", table.id(), dimension.id(), "", text(dimension.label().nb()),
							text(dimension.label().en()), "", "", "", "", text(dimension.definition().nb()),
							text(dimension.definition().en()));
					for (Category category : dimension.categories()) {
						Label definition = category.definitionIfAny().orElse(null);
						printer.printRecord("category", table.id(), dimension.id(), text(category.code()),
								text(category.label().nb()), text(category.label().en()), "", "", "",
								String.join("|", category.members()), (definition != null) ? text(definition.nb()) : "",
								(definition != null) ? text(definition.en()) : "");
					}
				}
				List<String> measures = new ArrayList<>(table.measures());
				for (String derived : measuresOf.getOrDefault(table.id(), Set.of())) {
					if (!measures.contains(derived)) {
						measures.add(derived);
					}
				}
				for (String measureId : measures) {
					Measure measure = catalog.measure(measureId);
					boolean fromIndicator = table.unitFromIndicator().contains(measureId);
					Label unit = fromIndicator ? INDICATOR_UNIT : measure.unit();
					printer.printRecord("measure", table.id(), "", measure.id(), text(measure.label().nb()),
							text(measure.label().en()), text(unit.nb()), text(unit.en()),
							fromIndicator ? "" : measure.decimals(), "", text(measure.definition().nb()),
							text(measure.definition().en()));
				}
			}
			if (data != null) {
				new CodebookRunRows(data).write(printer);
			}
		}
	}

	static String text(String value) {
		return SpreadsheetSafe.text(value);
	}

}
