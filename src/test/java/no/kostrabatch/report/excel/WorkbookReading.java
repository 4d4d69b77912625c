package no.kostrabatch.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import no.kostrabatch.report.ReportData;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.TableDefinition;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a written workbook back and compares its tables with the report data. */
final class WorkbookReading {

	private WorkbookReading() {
	}

	static XSSFWorkbook write(ReportData data, Path file) throws IOException {
		new WorkbookWriter().write(data, file);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** A4, fitted to one page wide, with a print area. */
	static void assertPrintSetUp(org.apache.poi.ss.usermodel.Sheet sheet) {
		String name = sheet.getSheetName();
		assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		assertThat(sheet.getFitToPage()).as(name).isTrue();
		assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
		assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
		assertThat(sheet.getWorkbook().getPrintArea(sheet.getWorkbook().getSheetIndex(sheet))).as(name).isNotNull();
	}

	/** How many rows have the text in the column. */
	static long rows(XSSFSheet sheet, int column, String text) {
		long count = 0;
		for (Row row : sheet) {
			var cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
				count++;
			}
		}
		return count;
	}

	static int rowOf(XSSFSheet sheet, int column, String text) {
		for (Row row : sheet) {
			var cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("No row with '" + text + "' in " + sheet.getSheetName());
	}

	/** The text right of a label in column A. */
	static String labelled(XSSFSheet sheet, String label) {
		return sheet.getRow(rowOf(sheet, 0, label)).getCell(1).getStringCellValue();
	}

	static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			var cell = row.getCell(c);
			texts.add((cell == null) ? "" : (cell.getCellType() == CellType.STRING) ? cell.getStringCellValue()
					: String.valueOf(cell.getNumericCellValue()));
		}
		return texts;
	}

	/**
	 * Walks each municipality's block of a one-dimension table sheet and checks each row's label and
	 * its counts for both periods and its change against the data; returns the number of cells compared.
	 */
	static int compareBlocks(XSSFSheet sheet, ReportData data, TableDefinition table) {
		Dimension dimension = data.catalog().dimension(table.dim1());
		int compared = 0;
		for (String region : data.info().municipalities()) {
			if (codes(data, table, region).isEmpty()) {
				assertThat(rows(sheet, 0, data.regions().name(region))).as("a block for " + region).isZero();
				continue;
			}
			int r = rowOf(sheet, 0, data.regions().name(region)) + 1;
			for (String code : codes(data, table, region)) {
				Row row = sheet.getRow(r++);
				assertThat(row.getCell(0).getStringCellValue()).as(sheet.getSheetName() + " " + code)
					.isEqualTo(label(data, dimension, region, code));
				compared += same(row, 1, data.cell(table.id(), region, "2024", code, null, "recipients"));
				compared += same(row, 3, data.cell(table.id(), region, "2025", code, null, "recipients"));
				compared += same(row, 5, data.cell(table.id(), region, "2025", code, null, "change"));
			}
		}
		return compared;
	}

	/** Three compared cells per category of either period, per municipality and one-dimension table. */
	static int expectedComparisons(ReportData data) {
		int expected = 0;
		for (TableDefinition table : data.catalog().tables()) {
			if (table.dim1() != null && table.dim2() == null && table.counted()) {
				for (String region : data.info().municipalities()) {
					expected += 3 * codes(data, table, region).size();
				}
			}
		}
		return expected;
	}

	private static int same(Row row, int column, Optional<Cell> cell) {
		var target = row.getCell(column);
		if (cell.isPresent() && cell.get().hasValue()) {
			assertThat(target.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(target.getNumericCellValue()).isEqualTo(cell.get().value().doubleValue());
		}
		else {
			assertThat(target.getStringCellValue()).isEqualTo(cell.map((c) -> c.symbol().text()).orElse(".."));
		}
		return 1;
	}

	private static List<String> codes(ReportData data, TableDefinition table, String region) {
		Dimension dimension = data.catalog().dimension(table.dim1());
		TreeSet<String> codes = new TreeSet<>(Comparator.comparingInt(dimension::rank).thenComparing(Comparator.naturalOrder()));
		codes.addAll(data.categories(table.id(), region, "2025"));
		codes.addAll(data.categories(table.id(), region, "2024"));
		List<String> ordered = new ArrayList<>(codes);
		if ("district".equals(dimension.id())
				&& ordered.stream().allMatch((c) -> Dimension.TOTAL.equals(c) || Dimension.UNKNOWN.equals(c))) {
			return List.of();
		}
		ordered.remove(Dimension.TOTAL);
		ordered.add(0, Dimension.TOTAL);
		return ordered;
	}

	private static String label(ReportData data, Dimension dimension, String region, String code) {
		if (dimension.category(code).isPresent()) {
			return dimension.labelOf(code, Lang.NB);
		}
		String name = data.regions().districtName(region, code);
		return name.equals(code) ? "Bydel/kontor " + code : name;
	}

}
