package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportLabels;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.TableDefinition;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One table of the report: for one city, count and percent for both years and the change, with a
 * bar chart of both years; for several cities, count and percent per city, with a chart of the
 * percentages. Suppressed cells show {@code :} and are left out of the chart.
 */
final class TableSection {

	private final PdfCanvas canvas;

	private final ReportData data;

	private final ReportLabels labels;

	private final Locale locale;

	private final String period;

	private final String previous;

	TableSection(PdfCanvas canvas, ReportData data, ReportLabels labels, Locale locale) {
		this.canvas = canvas;
		this.data = data;
		this.labels = labels;
		this.locale = locale;
		this.period = data.info().period();
		this.previous = data.info().previousPeriod();
	}

	void write(TableDefinition table) throws IOException {
		List<String> cities = this.data.info().municipalities();
		if (cities.size() == 1 || Sections.isDistrictTable(table)) {
			for (String city : cities) {
				if (!Sections.isDistrictTable(table) || this.data.categories(table.id(), city, this.period).size() > 2) {
					oneCity(table, city, cities.size() > 1);
				}
			}
		}
		else {
			severalCities(table, cities);
		}
	}

	private void oneCity(TableDefinition table, String city, boolean named) throws IOException {
		List<String> categories = this.data.categories(table.id(), city, this.period);
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { named ? this.data.regions().name(city) : "", this.labels.t("Antall ", "Number ") + this.period,
				this.labels.t("Prosent", "Percent"), this.labels.t("Antall ", "Number ") + this.previous,
				this.labels.t("Prosent", "Percent"), this.labels.t("Endring", "Change") });
		DefaultCategoryDataset chart = new DefaultCategoryDataset();
		int hidden = 0;
		for (String code : categories) {
			String label = Sections.categoryLabel(this.data, this.labels.lang(), table, city, code);
			Optional<Cell> now = cell(table, city, this.period, code, "recipients");
			Optional<Cell> before = cell(table, city, this.previous, code, "recipients");
			rows.add(new String[] { label, show(now), show(cell(table, city, this.period, code, "percent")), show(before),
					show(cell(table, city, this.previous, code, "percent")),
					show(cell(table, city, this.period, code, "change")) });
			if (!Dimension.TOTAL.equals(code)) {
				hidden += add(chart, now, this.period, label) + add(chart, before, this.previous, label);
			}
		}
		this.canvas.table(rows, new float[] { 163, 68, 60, 68, 60, 64 }, 8.5f, List.of(1));
		chart(table, chart, hidden, Math.max(140, 50 + 22 * (categories.size() - 1)),
				this.labels.t("Antall mottakere", "Recipients"));
	}

	private void severalCities(TableDefinition table, List<String> cities) throws IOException {
		List<String> categories = this.data.categories(table.id(), cities.get(0), this.period);
		List<String[]> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(this.period));
		for (String city : cities) {
			header.add(this.data.regions().name(city));
			header.add("%");
		}
		rows.add(header.toArray(String[]::new));
		DefaultCategoryDataset chart = new DefaultCategoryDataset();
		int hidden = 0;
		for (String code : categories) {
			String label = Sections.categoryLabel(this.data, this.labels.lang(), table, cities.get(0), code);
			List<String> row = new ArrayList<>(List.of(label));
			for (String city : cities) {
				Optional<Cell> percent = cell(table, city, this.period, code, "percent");
				row.add(show(cell(table, city, this.period, code, "recipients")));
				row.add(show(percent));
				if (!Dimension.TOTAL.equals(code) && !Dimension.UNKNOWN.equals(code)) {
					hidden += add(chart, percent, this.data.regions().name(city), label);
				}
			}
			rows.add(row.toArray(String[]::new));
		}
		float[] widths = new float[1 + 2 * cities.size()];
		widths[0] = 483 - 88f * cities.size();
		for (int i = 0; i < cities.size(); i++) {
			widths[1 + 2 * i] = 58;
			widths[2 + 2 * i] = 30;
		}
		this.canvas.table(rows, widths, 8, List.of(1));
		chart(table, chart, hidden, Math.max(150, 30 + 10 * cities.size() * (categories.size() - 1)),
				this.labels.t("Prosent av mottakerne med kjent verdi", "Percent of recipients with a known value"));
	}

	private void chart(TableDefinition table, DefaultCategoryDataset chart, int hidden, float height, String axis)
			throws IOException {
		if (chart.getColumnCount() == 0) {
			this.canvas.paragraph(this.labels.t("Ingen figur: alle tall mangler eller er skjult.",
					"No chart: every number is missing or suppressed."), 8.5f);
			return;
		}
		this.canvas.chart(ChartFactory.bars(table.title().in(this.labels.lang()), chart, axis, this.locale),
				Math.min(height, 420));
		if (hidden > 0) {
			this.canvas.paragraph(this.labels.t(hidden + " tall er skjult av personvernhensyn og vises ikke i figuren.",
					hidden + " numbers are suppressed to protect individuals and are not in the chart."), 8);
		}
	}

	private static int add(DefaultCategoryDataset chart, Optional<Cell> cell, String series, String category) {
		if (cell.isPresent() && cell.get().hasValue()) {
			chart.addValue(cell.get().value(), series, category);
			return 0;
		}
		return (cell.isPresent() && cell.get().symbol() == no.kostrabatch.statistics.Symbol.SUPPRESSED) ? 1 : 0;
	}

	private Optional<Cell> cell(TableDefinition table, String city, String p, String code, String measure) {
		return this.data.cell(table.id(), city, p, code, null, measure);
	}

	private String show(Optional<Cell> cell) {
		return cell.map(this.labels::cell).orElse("..");
	}

}
