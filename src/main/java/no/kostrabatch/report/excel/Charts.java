package no.kostrabatch.report.excel;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Native Excel charts that point at the sheet's own cells. */
final class Charts {

	/** A series: its name and the column of its values. */
	record Series(String name, int column) {
	}

	private Charts() {
	}

	/** Horizontal bars: categories in column {@code categoryColumn} of rows {@code first..last}. */
	static void bar(XSSFSheet sheet, String title, int first, int last, int categoryColumn, List<Series> series,
			int[] anchor) {
		XSSFChart chart = chart(sheet, title, anchor);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		addSeries(sheet, data, first, last, categoryColumn, series);
		categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
		chart.plot(data);
	}

	/** Lines over the rows {@code first..last} (periods in {@code categoryColumn}). */
	static void line(XSSFSheet sheet, String title, int first, int last, int categoryColumn, List<Series> series,
			int[] anchor) {
		XSSFChart chart = chart(sheet, title, anchor);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
		addSeries(sheet, data, first, last, categoryColumn, series);
		chart.plot(data);
	}

	private static XSSFChart chart(XSSFSheet sheet, String title, int[] anchor) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor place = drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]);
		XSSFChart chart = drawing.createChart(place);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		return chart;
	}

	private static final byte[][] COLOURS = { { 0x1F, 0x4E, 0x79 }, { (byte) 0x9D, (byte) 0xC3, (byte) 0xE6 },
			{ (byte) 0xC5, 0x5A, 0x11 }, { 0x70, (byte) 0xAD, 0x47 }, { 0x7F, 0x60, (byte) 0x84 },
			{ (byte) 0xBF, (byte) 0x90, 0x00 } };

	private static void addSeries(XSSFSheet sheet, XDDFChartData data, int first, int last, int categoryColumn,
			List<Series> series) {
		XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(first, last, categoryColumn, categoryColumn));
		for (int i = 0; i < series.size(); i++) {
			Series s = series.get(i);
			XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(first, last, s.column(), s.column()));
			XDDFChartData.Series added = data.addSeries(categories, values);
			added.setTitle(s.name(), null);
			XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length]));
			XDDFShapeProperties shape = new XDDFShapeProperties();
			shape.setFillProperties(fill);
			if (data instanceof XDDFLineChartData) {
				XDDFLineProperties line = new XDDFLineProperties(fill);
				line.setWidth(2.0);
				shape.setLineProperties(line);
			}
			added.setShapeProperties(shape);
		}
	}

}
