package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The key figures over every period in the data: from three periods on a line chart per indicator,
 * one line per city; with two periods a small table (a line between two points says nothing the
 * table does not).
 */
final class TimeSeriesSection {

	static final List<String> MEASURES = List.of("recipients", "share_main_income_sa", "share_long_term", "mean_months",
			"recipients_18_24", "nok_per_recipient", "nok_per_month");

	/** The number of periods from which the key figures over time are drawn as lines. */
	static final int CHART_FROM = 3;

	private final Report report;

	private final ReportText text;

	TimeSeriesSection(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write() throws IOException {
		List<String> periods = this.report.data().periods();
		String title = this.text.m("pdf.time_series_section.development_over_time");
		if (periods.size() < CHART_FROM) {
			this.report.sectionHere(title, 60 + 15 * (MEASURES.size() + 2));
		}
		else {
			this.report.section(title);
		}
		this.report.canvas().paragraph(this.text.m("pdf.time_series_section.the_key_figures_for", String.join(", ",
				periods.stream().map(this.report::label).toList())), 9.5f);
		if (periods.size() < CHART_FROM) {
			table(periods);
			return;
		}
		List<String> empty = new ArrayList<>();
		for (String measure : MEASURES) {
			if (!this.report.data().catalog().measures().containsKey(measure)) {
				continue;
			}
			DefaultCategoryDataset data = new DefaultCategoryDataset();
			for (String city : this.report.cities()) {
				for (String period : periods) {
					BigDecimal value = this.report.key(city, period, measure);
					if (value != null) {
						data.addValue(value, this.text.region(city), this.report.label(period));
					}
				}
			}
			if (data.getRowCount() == 0) {
				empty.add(this.text.measure(measure));
				continue;
			}
			this.report.canvas().ensure(215);
			this.report.caption(this.text.measure(measure) + " (" + this.text.unit(measure) + ")");
			this.report.canvas().chart(ChartFactory.lines(data, this.text.unit(measure), this.text.locale()), 185);
		}
		if (!empty.isEmpty()) {
			this.report.note(this.text.m("pdf.time_series_section.no_chart_because_every_figure", String.join("; ", empty)));
		}
	}

	/** One table: the indicators down, each city's periods across. */
	private void table(List<String> periods) throws IOException {
		List<String> cities = this.report.cities();
		int columns = cities.size() * periods.size();
		float column = Math.min(62, 330f / columns);
		float[] widths = new float[columns + 1];
		widths[0] = 483 - column * columns;
		List<String> header = new ArrayList<>(List.of(""));
		for (int i = 1; i <= columns; i++) {
			widths[i] = column;
			header.add(periods.get((i - 1) % periods.size()));
		}
		Table.Builder table = Table.builder(widths, header.toArray(String[]::new)).group("", 1);
		cities.forEach((city) -> table.group(this.text.region(city), periods.size()));
		for (String measure : MEASURES) {
			if (!this.report.data().catalog().measures().containsKey(measure)) {
				continue;
			}
			List<String> row = new ArrayList<>(List.of(this.text.measure(measure) + " (" + this.text.unit(measure) + ")"));
			for (String city : cities) {
				periods.forEach((period) -> row.add(this.text.cell(this.report.keyCell(city, period, measure))));
			}
			table.row(false, row);
		}
		new TableDrawer(this.report.canvas(), 8.5f).draw(table.build());
	}

}
