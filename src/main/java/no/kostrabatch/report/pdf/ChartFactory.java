package no.kostrabatch.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * The report's charts in one house style: horizontal bars (long category labels stay readable and
 * never overlap), an index profile with the group's range, and lines over periods. Charts carry no
 * title of their own; the report prints the caption as text.
 */
final class ChartFactory {

	private static final Paint[] COLOURS = { new Color(0x1F4E79), new Color(0x8FB8DE), new Color(0xC55A11),
			new Color(0x70AD47), new Color(0x7F6084), new Color(0xBF9000) };

	private ChartFactory() {
	}

	/** Horizontal bars, one series per period or city; values on the bars when there is room. */
	static JFreeChart bars(CategoryDataset data, String axis, Locale locale) {
		JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(null, null, axis, data,
				PlotOrientation.HORIZONTAL, data.getRowCount() > 1, false, false);
		CategoryPlot plot = style(chart, locale);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0.04);
		renderer.setMaximumBarWidth(0.09);
		boolean labels = data.getRowCount() <= 2 && data.getColumnCount() <= 17;
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(locale, decimals(data))));
		renderer.setDefaultItemLabelsVisible(labels);
		renderer.setDefaultItemLabelFont(ChartFonts.regular(6.5f));
		plot.getRangeAxis().setUpperMargin(labels ? 0.12 : 0.04);
		boolean lastYearFirst = data.getRowCount() == 2 && isPeriod(data.getRowKey(0)) && isPeriod(data.getRowKey(1));
		for (int i = 0; i < data.getRowCount(); i++) {
			int colour = lastYearFirst ? 1 - i : i;
			renderer.setSeriesPaint(i, COLOURS[colour % COLOURS.length]);
		}
		return chart;
	}

	/** A series named by a period ({@code YYYY} or {@code YYYY-MM}): the current period gets the strong colour. */
	private static boolean isPeriod(Comparable<?> key) {
		return String.valueOf(key).matches("\\d{4}(-\\d{2})?");
	}

	/** Bars with a dashed line at a reference value (the group mean). */
	static JFreeChart barsWithMean(CategoryDataset data, String axis, Locale locale, double mean) {
		JFreeChart chart = bars(data, axis, locale);
		ValueMarker marker = new ValueMarker(mean, Color.DARK_GRAY,
				new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 4f, 3f }, 0f));
		chart.getCategoryPlot().addRangeMarker(marker);
		return chart;
	}

	/**
	 * Index profile: per indicator (down the side) the group's range of indexes as a whisker, from the
	 * lowest to the highest city, each city of {@code cities} as a dot on it (with its index written
	 * beside it when there is one city), and a line at 100, the group mean.
	 */
	static JFreeChart indexProfile(CategoryDataset cities, CategoryDataset range, String axis, String rangeLegend,
			Locale locale) {
		CategoryAxis domain = new CategoryAxis(null);
		NumberAxis values = new NumberAxis(axis);
		CategoryPlot plot = new CategoryPlot(cities, domain, values, null);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
		boolean one = cities.getRowCount() == 1;
		for (int i = 0; i < cities.getRowCount(); i++) {
			double size = one ? 8 : 6.5;
			dots.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-size / 2, -size / 2, size, size));
			dots.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
		}
		dots.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(locale, 0)));
		dots.setDefaultItemLabelsVisible(one);
		dots.setDefaultItemLabelFont(ChartFonts.regular(7f));
		dots.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
				org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
		dots.setItemLabelAnchorOffset(9);
		plot.setRenderer(0, dots);
		plot.setDataset(1, range);
		plot.setRenderer(1, new WhiskerRenderer(rangeLegend));
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
		plot.addRangeMarker(new ValueMarker(100, Color.BLACK, new BasicStroke(1.2f)));
		JFreeChart chart = new JFreeChart(null, ChartFonts.regular(9), plot, true);
		style(chart, locale);
		values.setAutoRangeIncludesZero(false);
		values.setUpperMargin(one ? 0.16 : 0.05);
		values.setLowerMargin(0.05);
		domain.setMaximumCategoryLabelWidthRatio(0.42f);
		return chart;
	}

	/** Lines over periods, one series per city. */
	static JFreeChart lines(CategoryDataset data, String axis, Locale locale) {
		JFreeChart chart = org.jfree.chart.ChartFactory.createLineChart(null, null, axis, data, PlotOrientation.VERTICAL,
				data.getRowCount() > 1, false, false);
		CategoryPlot plot = style(chart, locale);
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		renderer.setDefaultShapesVisible(true);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(locale, decimals(data))));
		renderer.setDefaultItemLabelsVisible(data.getRowCount() == 1);
		renderer.setDefaultItemLabelFont(ChartFonts.regular(7f));
		for (int i = 0; i < data.getRowCount(); i++) {
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
			renderer.setSeriesStroke(i, new BasicStroke(2f));
		}
		NumberAxis axisValues = (NumberAxis) plot.getRangeAxis();
		axisValues.setAutoRangeIncludesZero(true);
		axisValues.setUpperMargin(0.15);
		plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		return chart;
	}

	private static CategoryPlot style(JFreeChart chart, Locale locale) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 8));
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(ChartFonts.regular(7.5f));
			legend.setFrame(BlockBorder.NONE);
			legend.setPosition(RectangleEdge.BOTTOM);
		}
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xCCCCCC));
		plot.setOutlineVisible(false);
		CategoryAxis domain = plot.getDomainAxis();
		domain.setTickLabelFont(ChartFonts.regular(7.5f));
		domain.setMaximumCategoryLabelWidthRatio(0.38f);
		domain.setMaximumCategoryLabelLines(2);
		domain.setCategoryMargin(0.18);
		NumberAxis range = (NumberAxis) plot.getRangeAxis();
		range.setTickLabelFont(ChartFonts.regular(7.5f));
		range.setLabelFont(ChartFonts.regular(7.5f));
		range.setNumberFormatOverride(format(locale));
		range.setStandardTickUnits(NumberAxis.createStandardTickUnits(locale));
		range.setNumberFormatOverride(null);
		return plot;
	}

	/** The decimals the table prints the values with: the largest scale of the dataset's numbers. */
	static int decimals(CategoryDataset data) {
		int decimals = 0;
		for (int row = 0; row < data.getRowCount(); row++) {
			for (int column = 0; column < data.getColumnCount(); column++) {
				if (data.getValue(row, column) instanceof java.math.BigDecimal value) {
					decimals = Math.max(decimals, value.scale());
				}
			}
		}
		return decimals;
	}

	/** Value labels with exactly the table's decimals ("52,0" beside a table's 52,0, never "52"). */
	static NumberFormat format(Locale locale, int decimals) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format;
	}

	static NumberFormat format(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format;
	}

}
