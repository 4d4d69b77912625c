package no.kostrabatch.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's charts, in one house style. */
final class ChartFactory {

	private static final Paint[] COLOURS = { new Color(0x1F4E79), new Color(0x9DC3E6), new Color(0xC55A11),
			new Color(0x70AD47), new Color(0x7F6084), new Color(0xBF9000) };

	private ChartFactory() {
	}

	/** Horizontal bars (long category labels read well), one series per period or city. */
	static JFreeChart bars(String title, DefaultCategoryDataset data, String valueLabel, Locale locale) {
		JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(title, null, valueLabel, data,
				PlotOrientation.HORIZONTAL, data.getRowCount() > 1, false, false);
		CategoryPlot plot = style(chart, locale);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0.05);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(locale)));
		renderer.setDefaultItemLabelsVisible(data.getRowCount() <= 2 && data.getColumnCount() <= 8);
		plot.getRangeAxis().setUpperMargin(0.12);
		renderer.setDefaultItemLabelFont(ChartFonts.regular(7f));
		for (int i = 0; i < data.getRowCount(); i++) {
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
		}
		return chart;
	}

	/** Horizontal bars of an index with a line at 100 (the group mean). */
	static JFreeChart index(String title, DefaultCategoryDataset data, Locale locale) {
		JFreeChart chart = bars(title, data, "Indeks (snitt = 100)", locale);
		CategoryPlot plot = chart.getCategoryPlot();
		ValueMarker marker = new ValueMarker(100, Color.DARK_GRAY, new BasicStroke(1.2f));
		plot.addRangeMarker(marker);
		((BarRenderer) plot.getRenderer()).setDefaultItemLabelsVisible(false);
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		axis.setAutoRangeIncludesZero(false);
		axis.setLowerMargin(0.15);
		axis.setUpperMargin(0.15);
		return chart;
	}

	/** Lines over periods, one series per city. */
	static JFreeChart lines(String title, DefaultCategoryDataset data, String valueLabel, Locale locale) {
		JFreeChart chart = org.jfree.chart.ChartFactory.createLineChart(title, null, valueLabel, data,
				PlotOrientation.VERTICAL, true, false, false);
		CategoryPlot plot = style(chart, locale);
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		renderer.setDefaultShapesVisible(true);
		for (int i = 0; i < data.getRowCount(); i++) {
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
			renderer.setSeriesStroke(i, new BasicStroke(2f));
		}
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		axis.setAutoRangeIncludesZero(false);
		axis.setNumberFormatOverride(null);
		axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(locale));
		axis.setAutoRangeMinimumSize(1.0);
		return chart;
	}

	private static CategoryPlot style(JFreeChart chart, Locale locale) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setTitle(new TextTitle(chart.getTitle().getText(), ChartFonts.bold(11f)));
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(ChartFonts.regular(8f));
			chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xD0D0D0));
		plot.setOutlineVisible(false);
		CategoryAxis domain = plot.getDomainAxis();
		domain.setTickLabelFont(ChartFonts.regular(8f));
		domain.setLabelFont(ChartFonts.regular(8f));
		domain.setMaximumCategoryLabelWidthRatio(0.45f);
		domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		NumberAxis range = (NumberAxis) plot.getRangeAxis();
		range.setTickLabelFont(ChartFonts.regular(8f));
		range.setLabelFont(ChartFonts.regular(8f));
		range.setNumberFormatOverride(format(locale));
		return plot;
	}

	static NumberFormat format(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format;
	}

}
