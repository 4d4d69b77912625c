package no.kostrabatch.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import no.kostrabatch.report.SpreadsheetSafe;
import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code codebook.csv} from the catalogue: for every table a {@code table} row, a
 * {@code category} row per code of each of its dimensions (subtotals list their members) and a
 * {@code measure} row per measure with its unit and decimals.
 */
public final class CodebookCsvWriter {

	public static final String[] HEADER = { "kind", "table_id", "dimension", "code", "label_nb", "label_en", "unit_nb",
			"unit_en", "decimals", "subtotal_of_members" };

	public void write(TableCatalog catalog, Path file) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out, format)) {
			for (TableDefinition table : catalog.tables()) {
				printer.printRecord("table", table.id(), "", "", text(table.title().nb()), text(table.title().en()), "", "",
						"", "");
				for (String dimensionId : table.dimensions()) {
					Dimension dimension = catalog.dimension(dimensionId);
					for (Category category : dimension.categories()) {
						printer.printRecord("category", table.id(), dimension.id(), text(category.code()),
								text(category.label().nb()), text(category.label().en()), "", "", "",
								String.join("|", category.members()));
					}
				}
				for (String measureId : table.measures()) {
					Measure measure = catalog.measure(measureId);
					printer.printRecord("measure", table.id(), "", measure.id(), text(measure.label().nb()),
							text(measure.label().en()), text(measure.unit().nb()), text(measure.unit().en()),
							measure.decimals(), "");
				}
			}
		}
	}

	private static String text(String value) {
		return SpreadsheetSafe.text(value);
	}

}
