package no.kostrabatch.report.pdf;

import java.math.BigDecimal;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartFactoryTests {

	private static final Locale NB = Locale.forLanguageTag("nb-NO");

	@Test
	void valueLabelsHaveTheTablesDecimals() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		data.addValue(new BigDecimal("51.8"), "2025", "Oslo");
		data.addValue(new BigDecimal("52.0"), "2025", "Bergen");
		JFreeChart chart = ChartFactory.bars(data, "Prosent", NB);
		CategoryItemRenderer renderer = chart.getCategoryPlot().getRenderer();
		assertThat(renderer.getDefaultItemLabelGenerator().generateLabel(data, 0, 0)).isEqualTo("51,8");
		assertThat(renderer.getDefaultItemLabelGenerator().generateLabel(data, 0, 1)).isEqualTo("52,0");
	}

	@Test
	void countsHaveNoDecimals() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		data.addValue(new BigDecimal("1432"), "2025", "18–24 år");
		JFreeChart chart = ChartFactory.bars(data, "Antall", NB);
		assertThat(chart.getCategoryPlot().getRenderer().getDefaultItemLabelGenerator().generateLabel(data, 0, 0))
			.isEqualTo("1\u00a0432");
	}

}
