package no.kostrabatch.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * Draws, per category, a whisker from the value of the dataset's first series (the group's lowest) to
 * that of its second (the group's highest), with a cap at each end; one legend entry names the range.
 */
final class WhiskerRenderer extends AbstractCategoryItemRenderer {

	private static final Color WHISKER = new Color(0x7F7F7F);

	private final String legend;

	WhiskerRenderer(String legend) {
		this.legend = legend;
		setDefaultPaint(WHISKER);
		setDefaultStroke(new BasicStroke(1.4f));
	}

	@Override
	public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
			CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
		if (row != 0 || dataset.getRowCount() < 2) {
			return;
		}
		Number low = dataset.getValue(0, column);
		Number high = dataset.getValue(1, column);
		if (low == null || high == null) {
			return;
		}
		PlotOrientation orientation = plot.getOrientation();
		RectangleEdge categoryEdge = plot.getDomainAxisEdge();
		RectangleEdge valueEdge = plot.getRangeAxisEdge();
		double middle = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, categoryEdge);
		double from = rangeAxis.valueToJava2D(low.doubleValue(), dataArea, valueEdge);
		double to = rangeAxis.valueToJava2D(high.doubleValue(), dataArea, valueEdge);
		double cap = Math.min(5, domainAxis.getCategoryEnd(column, dataset.getColumnCount(), dataArea, categoryEdge)
				- middle) * 0.8;
		g2.setPaint(WHISKER);
		g2.setStroke(new BasicStroke(1.4f));
		if (orientation == PlotOrientation.HORIZONTAL) {
			g2.draw(new Line2D.Double(from, middle, to, middle));
			g2.draw(new Line2D.Double(from, middle - cap, from, middle + cap));
			g2.draw(new Line2D.Double(to, middle - cap, to, middle + cap));
		}
		else {
			g2.draw(new Line2D.Double(middle, from, middle, to));
			g2.draw(new Line2D.Double(middle - cap, from, middle + cap, from));
			g2.draw(new Line2D.Double(middle - cap, to, middle + cap, to));
		}
	}

	@Override
	public LegendItem getLegendItem(int datasetIndex, int series) {
		if (series != 0) {
			return null;
		}
		LegendItem item = new LegendItem(this.legend, null, null, null, new Line2D.Double(-7, 0, 7, 0),
				new BasicStroke(1.4f), WHISKER);
		item.setLabelFont(ChartFonts.regular(7.5f));
		return item;
	}

}
