package no.kostrabatch.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.kostrabatch.report.FileReportWriter;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportLabels;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.MonthlyStatus;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code tabeller.xlsx}: a cover, contents with links, the key figures, one sheet per table of
 * the catalogue laid out as a status report (categories down; count and percent for this and the
 * previous period side by side; the change; the total last), the two-dimension tables as grids,
 * native bar and line charts over the sheets' own cells, the key figures over time, and the
 * definitions. Numbers are numeric cells equal to {@code statistics.csv}; a cell without a number
 * shows SSB's symbol as text. Several municipalities get one block each, one under the other.
 *
 * <p>
 * For a monthly run ({@code YYYY-MM}) it is the controller's monthly workbook: its cover, then per
 * municipality its {@code monthly_status} month by month and by district, with charts, then the
 * year-to-date tables as above; every sheet is marked internal, on screen and in print.
 */
public final class WorkbookWriter implements FileReportWriter {

	/** The name a run asks for this report by, and its file. */
	public static final String NAME = "tabeller.xlsx";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void write(ReportData data, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Context context = new Context(workbook, new Styles(workbook), data, new ReportLabels(data.info().lang()));
			SheetNames names = new SheetNames();
			new CoverSheet(context).write(workbook.createSheet(names.unique(context.m("excel.workbook_writer.cover"))));
			XSSFSheet contents = workbook.createSheet(names.unique(context.m("excel.workbook_writer.contents")));
			List<ContentsSheet.Entry> entries = new ArrayList<>();
			if (context.monthly()) {
				monthly(workbook, context, names, entries);
			}
			Set<String> tablesWithCells = new HashSet<>();
			data.cells().stream().map(Cell::tableId).forEach(tablesWithCells::add);
			for (TableDefinition table : data.catalog().tables()) {
				if (!tablesWithCells.contains(table.id()) || !table.counted()
						|| (context.monthly() && MonthlyStatus.TABLE.equals(table.id()))) {
					continue;
				}
				TableSheet oneDimension = (table.dim1() != null && table.dim2() == null) ? new TableSheet(context, table) : null;
				if (oneDimension != null && !oneDimension.hasRows()) {
					continue;
				}
				String name = names.of(table, context.lang());
				XSSFSheet sheet = workbook.createSheet(name);
				if (table.dim1() == null) {
					new KeyFiguresSheet(context, table).write(sheet);
				}
				else if (oneDimension != null) {
					oneDimension.write(sheet);
				}
				else {
					new GridSheet(context, table).write(sheet);
				}
				entries.add(new ContentsSheet.Entry(name, context.in(table.title())));
			}
			if (tablesWithCells.contains("key_figures") && data.periods().size() >= 2) {
				String name = names.unique(context.m("excel.workbook_writer.time_series"));
				new TimeSeriesSheet(context).write(workbook.createSheet(name));
				entries.add(new ContentsSheet.Entry(name, context.m("excel.workbook_writer.key_figures_over_time")));
			}
			String definitions = names.unique(context.m("excel.workbook_writer.definitions"));
			new DefinitionsSheet(context).write(workbook.createSheet(definitions));
			entries.add(new ContentsSheet.Entry(definitions,
					context.m("excel.workbook_writer.definitions_variables_codes_and_measures")));
			new ContentsSheet(context).write(contents, entries);
			if (context.monthly()) {
				workbook.forEach((sheet) -> InternalMark.apply((XSSFSheet) sheet, context));
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	/** The controller's sheets of a monthly run: each municipality month by month, then its districts. */
	private static void monthly(XSSFWorkbook workbook, Context context, SheetNames names,
			List<ContentsSheet.Entry> entries) {
		List<String> municipalities = context.municipalities()
			.stream()
			.filter((m) -> context.data()
				.cell(MonthlyStatus.TABLE, m, context.period(), null, null, "recipients_ytd")
				.isPresent())
			.toList();
		for (String municipality : municipalities) {
			String name = names.unique(sheetName(context, context.m("excel.workbook_writer.month_by_month"), municipality,
					municipalities.size()));
			new MonthByMonthSheet(context, municipality).write(workbook.createSheet(name));
			entries.add(new ContentsSheet.Entry(name, context.m("excel.workbook_writer.monthly_status_month_by_month",
					context.regionName(municipality))));
		}
		for (String municipality : municipalities) {
			List<String> districts = DistrictMonthSheet.districts(context, municipality);
			if (districts.isEmpty()) {
				continue;
			}
			String name = names.unique(sheetName(context, context.m("excel.workbook_writer.districts"), municipality,
					municipalities.size()));
			new DistrictMonthSheet(context, municipality, districts).write(workbook.createSheet(name));
			entries.add(new ContentsSheet.Entry(name, context.m("excel.workbook_writer.monthly_status_by_district",
					context.regionName(municipality))));
		}
	}

	private static String sheetName(Context context, String base, String municipality, int municipalities) {
		return (municipalities == 1) ? base : base + " – " + context.regionName(municipality);
	}

}
