package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kostrabatch.report.text.Change;
import no.kostrabatch.report.text.MainChanges;
import no.kostrabatch.report.text.Figure;
import no.kostrabatch.report.text.Subject;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.KeyFigureChange;
import no.kostrabatch.statistics.Symbol;

/**
 * A key-figures page per municipality: this year's and last year's value of each main indicator
 * with the change (the cells of {@code key_figures_change}), then sentences that state the main
 * changes.
 */
final class KeyFiguresSection {

	static final List<String> MEASURES = List.of("recipients", "main_income_sa", "share_main_income_sa", "long_term",
			"share_long_term", "mean_months", "recipients_18_24", "mean_months_18_24", "share_pop_18_24", "nok",
			"nok_per_recipient", "nok_per_month");

	private static final Map<String, Subject> SENTENCES = Map.of("recipients", Subject.RECIPIENTS, "main_income_sa",
			Subject.MAIN_INCOME_SA, "share_main_income_sa", Subject.SHARE_MAIN_INCOME_SA, "long_term",
			Subject.LONG_TERM, "share_long_term", Subject.SHARE_LONG_TERM, "recipients_18_24", Subject.YOUTH,
			"mean_months", Subject.MEAN_MONTHS, "nok_per_recipient", Subject.NOK_PER_RECIPIENT, "nok_per_month",
			Subject.NOK_PER_MONTH);

	private final Report report;

	private final ReportText text;

	KeyFiguresSection(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write() throws IOException {
		for (String city : this.report.cities()) {
			String name = this.text.region(city);
			String title = this.text.m("pdf.key_figures_section.key_figures_for", name);
			this.report.section(title);
			this.report.canvas().paragraph(this.text.m("pdf.key_figures_section.the_table_shows_the_main", name, this.report.label(this.report.period())),
					9.5f);
			new TableDrawer(this.report.canvas(), 9).draw(table(city));
			this.report.note(this.text.m("pdf.key_figures_section.changes_in_shares_per_cent"));
			this.report.canvas().heading(this.text.m("pdf.key_figures_section.main_changes"), 12);
			if (this.report.previous() != null) {
				this.report.note(this.text.m("pdf.key_figures_section.the_number_of_recipients_the", MainChanges.PERCENT, MainChanges.POINTS));
			}
			for (String sentence : sentences(city, name)) {
				this.report.canvas().paragraph("•  " + sentence, 10);
			}
		}
	}

	private Table table(String city) {
		String period = this.report.period();
		String previous = this.report.previous();
		boolean two = previous != null;
		Table.Builder table = two
				? Table.builder(new float[] { 187, 82, 82, 74, 58 }, this.text.m("pdf.key_figures_section.key_figure"), previous,
						period, this.text.m("pdf.key_figures_section.change"), this.text.m("pdf.key_figures_section.change_2"))
				: Table.builder(new float[] { 315, 80 }, this.text.m("pdf.key_figures_section.key_figure"), period);
		for (String measure : MEASURES) {
			if (!this.report.data().catalog().measures().containsKey(measure)
					|| this.report.keyCell(city, period, measure).isEmpty()) {
				continue;
			}
			Optional<Cell> now = this.report.keyCell(city, period, measure);
			Optional<Cell> before = this.report.keyCell(city, previous, measure);
			String label = this.text.measure(measure) + " (" + this.text.unit(measure) + ")";
			if (two) {
				table.row("recipients".equals(measure), label, this.text.cell(before), this.text.cell(now),
						change(city, measure), changePercent(city, measure));
			}
			else {
				table.row("recipients".equals(measure), label, this.text.cell(now));
			}
		}
		return table.build();
	}

	/** The published change of a key figure (table {@code key_figures_change}), signed; absent is "..". */
	private String change(String city, String measure) {
		return this.text.signed(changeCell(city, measure, "change"), this.text.decimals(measure));
	}

	/** The published change in percent; empty for shares, whose change is in percentage points. */
	private String changePercent(String city, String measure) {
		if (KeyFigureChange.isShare(this.report.data().catalog().measure(measure))) {
			return "";
		}
		return this.text.signed(changeCell(city, measure, "change_percent"), 1);
	}

	private Optional<Cell> changeCell(String city, String measure, String change) {
		return this.report.changeCell(city, measure, change);
	}

	/** The main changes (see {@link MainChanges}): the number of recipients, the largest change and those over the thresholds. */
	List<String> sentences(String city, String name) {
		return new MainChanges(this.text.lang()).sentences(candidates(city), name, this.report.label(this.report.period()),
				(this.report.previous() == null) ? null : this.report.label(this.report.previous()));
	}

	List<MainChanges.Candidate> candidates(String city) {
		List<MainChanges.Candidate> candidates = new ArrayList<>();
		for (String measure : MEASURES) {
			Subject subject = SENTENCES.get(measure);
			if (subject != null && this.report.keyCell(city, this.report.period(), measure).isPresent()) {
				candidates.add(new MainChanges.Candidate(subject, figure(city, this.report.period(), measure),
						figure(city, this.report.previous(), measure), publishedChange(city, measure)));
			}
		}
		return candidates;
	}

	/** The published change ({@code change} and {@code change_percent}); {@code null} when there is none. */
	private Change publishedChange(String city, String measure) {
		if (this.report.previous() == null) {
			return null;
		}
		Optional<BigDecimal> difference = changeCell(city, measure, "change").filter(Cell::hasValue).map(Cell::value);
		Optional<BigDecimal> percent = changeCell(city, measure, "change_percent").filter(Cell::hasValue)
			.map(Cell::value);
		return difference.map((d) -> Change.of(d, percent.orElse(null))).orElse(null);
	}

	/** A key figure for a sentence: its value, or suppressed ({@code :}) or missing. */
	private Figure figure(String city, String period, String measure) {
		Optional<Cell> cell = this.report.keyCell(city, period, measure);
		if (cell.isPresent() && cell.get().hasValue()) {
			return Figure.of(cell.get().value());
		}
		return (cell.isPresent() && cell.get().symbol() == Symbol.SUPPRESSED) ? Figure.hidden() : Figure.missing();
	}

}
