package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableDefinition;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The bar chart of a dimension table (of a two-dimension table: its first dimension, at the second
 * dimension's total). Suppressed numbers are left out and named in a note below; a chart with
 * nothing to show is replaced by a sentence that says so.
 */
final class DimensionCharts {

	private final Report report;

	private final ReportText text;

	private final TableDefinition table;

	private final String cat2;

	private boolean compact;

	DimensionCharts(Report report, TableDefinition table) {
		this.report = report;
		this.text = report.text();
		this.table = table;
		this.cat2 = (table.dim2() != null) ? Dimension.TOTAL : null;
	}

	/** Draws tighter bars, so that a chart fits under a large table on the same page. */
	DimensionCharts compact() {
		this.compact = true;
		return this;
	}

	/** Counts of one city, one series per period. */
	void counts(String city) throws IOException {
		byCategory(city, this.report.data().categories(this.table.id(), city, this.report.period()), "recipients",
				this.text.m("pdf.dimension_charts.number_of_recipients"));
	}

	/** A measure of the given categories of one city, one series per period. */
	void byCategory(String city, List<String> codes, String measure, String axis) throws IOException {
		byCategory(city, codes, measure, axis, null);
	}

	/** As {@link #byCategory(String, List, String, String)}, with a caption kept on the chart's page. */
	void byCategory(String city, List<String> codes, String measure, String axis, String caption) throws IOException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Map<String, List<String>> hidden = new LinkedHashMap<>();
		List<String> periods = new ArrayList<>();
		if (this.report.previous() != null) {
			periods.add(this.report.previous());
		}
		periods.add(this.report.period());
		java.util.Set<String> missing = new java.util.LinkedHashSet<>(periods);
		for (String code : codes) {
			if (Dimension.TOTAL.equals(code)) {
				continue;
			}
			String label = this.text.category(this.table, city, code);
			for (String period : periods) {
				Optional<Cell> cell = cell(city, period, code, measure);
				if (cell.isPresent() && (cell.get().hasValue() || cell.get().symbol() == Symbol.SUPPRESSED)) {
					missing.remove(period);
				}
				add(data, hidden, cell, this.report.label(period), label);
			}
		}
		draw(data, hidden, missing.stream().map(this.report::label).toList(), axis, caption);
	}

	private void draw(DefaultCategoryDataset data, Map<String, List<String>> hidden, List<String> missing, String axis,
			String caption) throws IOException {
		if (data.getColumnCount() == 0) {
			this.report.note(this.text.m("pdf.dimension_charts.no_chart_every_number_in"));
			return;
		}
		int bars = data.getColumnCount() * Math.max(1, data.getRowCount());
		float height = this.compact ? Math.min(430, 62 + data.getColumnCount() * 5 + bars * 7f)
				: Math.min(430, 62 + data.getColumnCount() * 10 + bars * 8.5f);
		String title = caption;
		if (title == null && this.report.canvas().remaining() < height + 8) {
			title = this.text.m("pdf.dimension_charts.cont", this.table.title().in(this.text.lang()));
		}
		if (title != null) {
			this.report.canvas().ensure(height + 30);
			this.report.caption(title);
		}
		this.report.canvas().chart(ChartFactory.bars(data, axis, this.text.locale()), height);
		String note = note(data, hidden, missing);
		if (!note.isEmpty()) {
			this.report.note(note);
		}
	}

	/**
	 * What the chart leaves out and why: per series the suppressed categories ("every figure" only when
	 * the series has no bar at all), and the series whose figures are all missing ({@code ..}).
	 */
	String note(DefaultCategoryDataset data, Map<String, List<String>> hidden, List<String> missing) {
		List<String> parts = new ArrayList<>();
		hidden.forEach((name, categories) -> parts.add(name + ": " + ((data.getRowIndex(name) < 0)
				? this.text.m("pdf.dimension_charts.every_figure") : String.join(", ", categories))));
		List<String> notes = new ArrayList<>();
		if (!parts.isEmpty()) {
			notes.add(this.text.m("pdf.dimension_charts.suppressed_to_protect_individuals_and", String.join("; ", parts)));
		}
		if (!missing.isEmpty()) {
			notes.add(this.text.m("pdf.dimension_charts.not_in_the_chart_because", String.join(", ", missing)));
		}
		return String.join(" ", notes);
	}

	private static void add(DefaultCategoryDataset data, Map<String, List<String>> hidden, Optional<Cell> cell, String series,
			String category) {
		if (cell.isPresent() && cell.get().hasValue() && cell.get().value().signum() != 0) {
			data.addValue(cell.get().value(), series, category);
		}
		else if (cell.isPresent() && cell.get().symbol() == Symbol.SUPPRESSED) {
			hidden.computeIfAbsent(series, (s) -> new ArrayList<>()).add(category);
		}
	}

	private Optional<Cell> cell(String city, String period, String code, String measure) {
		return this.report.data().cell(this.table.id(), city, period, code, this.cat2, measure);
	}

}
