package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import no.kostrabatch.report.Months;
import no.kostrabatch.report.ReportData;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.KeyFigureChange;

/**
 * What every section writes with: the canvas, the data, the words, the contents and the cities the
 * report is about (one city in a city's report, every city of the run in the comparison).
 */
record Report(PdfCanvas canvas, ReportData data, ReportText text, Contents contents, List<String> cities) {

	Report {
		cities = List.copyOf(cities);
	}

	/** Every municipality of the run: the peers a city is compared with. */
	List<String> peers() {
		return this.data.info().municipalities();
	}

	/** Whether the report is about one city and not the comparison of all. */
	boolean aboutOneCity() {
		return this.cities.size() == 1;
	}

	String period() {
		return this.data.info().period();
	}

	String previous() {
		return this.data.previousPeriod();
	}

	/**
	 * A period as a reader reads it in text, titles and legends: a year as it is, a month's year to date as
	 * its months ("januar–mars 2025") and never the code {@code 2025-03}, which reads as March alone.
	 */
	String label(String period) {
		return Months.label(period, this.text.lang());
	}

	/** Starts a section on a new page and lists it in the contents. */
	void section(String title) throws IOException {
		this.canvas.newPage();
		this.contents.add(title, this.canvas.pageCount(), false);
		this.canvas.heading(title, 17);
	}

	/** Starts a section below what is on the page (a new page only when it does not fit) and lists it in the contents. */
	void sectionHere(String title, float need) throws IOException {
		this.canvas.ensure(need);
		this.contents.add(title, this.canvas.pageCount(), false);
		this.canvas.heading(title, 17);
	}

	/** A subsection heading, listed in the contents, on a new page when fewer than {@code need} points remain. */
	void subsection(String title, float need) throws IOException {
		this.canvas.ensure(need);
		this.contents.add(title, this.canvas.pageCount(), true);
		this.canvas.heading(title, 12.5f);
	}

	Optional<Cell> keyCell(String region, String period, String measure) {
		if (period == null) {
			return Optional.empty();
		}
		return this.data.cell("key_figures", region, period, null, null, measure);
	}

	/**
	 * A key figure's published change in this period (table {@code key_figures_change}): {@code change} in
	 * its own unit or {@code change_percent}.
	 */
	Optional<Cell> changeCell(String region, String measure, String change) {
		return this.data.cell(KeyFigureChange.TABLE, region, period(), measure, null, change);
	}

	/** A key figure's published value, or {@code null} when missing or suppressed. */
	BigDecimal key(String region, String period, String measure) {
		return keyCell(region, period, measure).filter(Cell::hasValue).map(Cell::value).orElse(null);
	}

	void caption(String text) throws IOException {
		this.canvas.paragraph(text, this.canvas.bold, 9, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
	}

	void note(String text) throws IOException {
		this.canvas.paragraph(text, this.canvas.regular, 8, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
	}

}
