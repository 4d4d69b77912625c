package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.statistics.Lang;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DimensionChartsTests {

	private final ReportData data = StatusReportFixtures.bergenOneYear(Lang.NB, DisclosureMode.PUBLIC);

	@Test
	void aSeriesWithBarsIsNeverSaidToHaveEveryFigureHidden() throws IOException {
		DefaultCategoryDataset chart = new DefaultCategoryDataset();
		chart.addValue(new BigDecimal("4917"), "2025", "Norsk");
		Map<String, List<String>> hidden = new LinkedHashMap<>();
		hidden.put("2025", List.of("Utenlandsk"));
		assertThat(charts().note(chart, hidden, List.of()))
			.isEqualTo("Skjult av personvernhensyn (:) og derfor ikke med i figuren. 2025: Utenlandsk.");
	}

	@Test
	void aSeriesWithoutBarsHasEveryFigureHiddenAndAMissingPeriodIsNamed() throws IOException {
		DefaultCategoryDataset chart = new DefaultCategoryDataset();
		chart.addValue(new BigDecimal("4917"), "2025", "Norsk");
		Map<String, List<String>> hidden = new LinkedHashMap<>();
		hidden.put("2023", List.of("Norsk", "Utenlandsk"));
		assertThat(charts().note(chart, hidden, List.of("2024")))
			.isEqualTo("Skjult av personvernhensyn (:) og derfor ikke med i figuren. 2023: alle tall. "
					+ "Ikke med i figuren fordi tallene mangler (..): 2024.");
		assertThat(charts().note(chart, Map.of(), List.of())).isEmpty();
	}

	private DimensionCharts charts() throws IOException {
		PdfCanvas canvas = new PdfCanvas();
		Report report = new Report(canvas, this.data, new ReportText(this.data), new Contents(),
				List.of(StatusReportFixtures.BERGEN));
		return new DimensionCharts(report, this.data.catalog().requireTable("recipients_by_citizenship"));
	}

}
