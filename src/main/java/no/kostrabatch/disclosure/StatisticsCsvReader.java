package no.kostrabatch.disclosure;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Symbol;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a published {@code statistics.csv} (this project's, or another city's) back into cells. */
public final class StatisticsCsvReader {

	public List<Cell> read(Path file) throws IOException {
		List<Cell> cells = new ArrayList<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				String value = r.get("value");
				String symbol = r.get("symbol");
				cells.add(new Cell(r.get("table_id"), r.get("region"), r.get("period"), blank(r.get("dim1")),
						blank(r.get("cat1")), blank(r.get("dim2")), blank(r.get("cat2")), r.get("measure"),
						value.isEmpty() ? null : new BigDecimal(value), symbol.isEmpty() ? null : Symbol.fromText(symbol)));
			}
		}
		return cells;
	}

	private static String blank(String text) {
		return text.isEmpty() ? null : text;
	}

}
