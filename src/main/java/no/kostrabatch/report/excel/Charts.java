package no.kostrabatch.report.excel;

import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
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

/** Native Excel charts whose series point at the sheet's own cells. */
final class Charts {

	/** A series: its name and the cells of its values (one column or one row). */
	record Series(String name, CellRangeAddress values) {

		static Series column(String name, int first, int last, int column) {
			return new Series(name, new CellRangeAddress(first, last, column, column));
		}

	}

	/** Where a chart goes: its top-left and bottom-right cell corners. */
	record Place(int column, int row, int toColumn, int toRow) {
	}

	private static final byte[][] COLOURS = { { 0x1F, 0x4E, 0x79 }, { (byte) 0x9D, (byte) 0xC3, (byte) 0xE6 },
			{ (byte) 0xC5, 0x5A, 0x11 }, { 0x70, (byte) 0xAD, 0x47 }, { 0x7F, 0x60, (byte) 0x84 },
			{ (byte) 0xBF, (byte) 0x90, 0x00 } };

	private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

	private Charts() {
	}

	/** Bars, horizontal ({@code horizontal}) with the first category on top, or vertical columns. */
	static XSSFChart bar(XSSFSheet sheet, String title, CellRangeAddress categories, List<Series> series, Place place,
			boolean horizontal) {
		XSSFChart chart = chart(sheet, title, place, series.size() > 1);
		XDDFCategoryAxis axis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		values.setMinimum(0);
		if (horizontal) {
			axis.setOrientation(AxisOrientation.MAX_MIN);
		}
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axis, values);
		data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
		data.setVaryColors(false);
		addSeries(sheet, data, categories, series);
		chart.plot(data);
		everyLabel(chart);
		return chart;
	}

	/** Lines over periods, one per series. */
	static XSSFChart line(XSSFSheet sheet, String title, CellRangeAddress categories, List<Series> series, Place place) {
		XSSFChart chart = chart(sheet, title, place, true);
		XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axis, values);
		data.setVaryColors(false);
		addSeries(sheet, data, categories, series);
		for (XDDFChartData.Series s : data.getSeries()) {
			((XDDFLineChartData.Series) s).setMarkerStyle(MarkerStyle.CIRCLE);
			((XDDFLineChartData.Series) s).setSmooth(false);
		}
		chart.plot(data);
		return chart;
	}

	/** Every category named on the axis (a spreadsheet would otherwise name every other one when space is short). */
	private static void everyLabel(XSSFChart chart) {
		for (var axis : chart.getCTChart().getPlotArea().getCatAxArray()) {
			try (org.apache.xmlbeans.XmlCursor cursor = axis.newCursor()) {
				if (!cursor.toChild(new QName(CHART_NS, "noMultiLvlLbl")) && !cursor.toChild(new QName(CHART_NS, "extLst"))) {
					cursor.toEndToken();
				}
				cursor.beginElement(new QName(CHART_NS, "tickLblSkip", "c"));
				cursor.insertAttributeWithValue("val", "1");
			}
		}
	}

	private static XSSFChart chart(XSSFSheet sheet, String title, Place place, boolean legend) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.column(), place.row(), place.toColumn(),
				place.toRow());
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties().setFontSize(11.0);
		if (legend) {
			chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		}
		return chart;
	}

	private static void addSeries(XSSFSheet sheet, XDDFChartData data, CellRangeAddress categories,
			List<Series> series) {
		XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
		for (int i = 0; i < series.size(); i++) {
			Series s = series.get(i);
			XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
			XDDFChartData.Series added = data.addSeries(labels, values);
			added.setTitle(s.name(), null);
			XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length]));
			XDDFShapeProperties shape = new XDDFShapeProperties();
			shape.setFillProperties(fill);
			if (data instanceof XDDFLineChartData) {
				XDDFLineProperties line = new XDDFLineProperties(fill);
				line.setWidth(2.25);
				shape.setLineProperties(line);
			}
			added.setShapeProperties(shape);
		}
	}

}
