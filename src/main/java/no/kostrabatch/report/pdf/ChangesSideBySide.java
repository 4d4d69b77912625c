package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.KeyFigureChange;
import no.kostrabatch.statistics.Symbol;

/**
 * The key figures' change from the previous period, city beside city (the published cells of
 * {@code key_figures_change}): counts and amounts in per cent, shares in percentage points.
 */
final class ChangesSideBySide {

	private final Report report;

	private final ReportText text;

	ChangesSideBySide(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write() throws IOException {
		List<String> cities = this.report.cities();
		this.report.subsection(this.text.t("Endring fra " + this.report.previous() + " til " + this.report.period(),
				"Change from " + this.report.previous() + " to " + this.report.period()), 220);
		this.report.canvas().paragraph(this.text.t(
				"Endring i prosent for antall og beløp, i prosentpoeng (pp) for andeler. «..» der ett av årene mangler tall "
						+ "eller ikke måler det samme, «:» der et tall er skjult.",
				"Change in per cent for counts and amounts, in percentage points (pp) for shares. '..' where a year lacks the "
						+ "figure or does not measure the same thing, ':' where a figure is suppressed."),
				9);
		float column = Math.min(70, 300f / cities.size());
		float[] widths = new float[cities.size() + 1];
		widths[0] = PdfCanvas.WIDTH - column * cities.size();
		List<String> header = new ArrayList<>(List.of(this.text.t("Nøkkeltall", "Key figure")));
		for (int i = 0; i < cities.size(); i++) {
			widths[i + 1] = column;
			header.add(this.text.region(cities.get(i)));
		}
		Table.Builder table = Table.builder(widths, header.toArray(String[]::new));
		for (String measure : KeyFiguresSection.MEASURES) {
			if (!this.report.data().catalog().measures().containsKey(measure)) {
				continue;
			}
			boolean share = KeyFigureChange.isShare(this.report.data().catalog().measure(measure));
			List<String> row = new ArrayList<>(List.of(this.text.measure(measure) + (share ? " (pp)" : " (%)")));
			for (String city : cities) {
				row.add(change(city, measure, share));
			}
			table.row("recipients".equals(measure), row);
		}
		new TableDrawer(this.report.canvas(), 8).draw(table.build());
	}

	private String change(String city, String measure, boolean share) {
		Optional<Cell> cell = this.report.data()
			.cell(KeyFigureChange.TABLE, city, this.report.period(), measure, null, share ? "change" : "change_percent");
		return cell.map((c) -> c.hasValue() ? this.text.numbers().signed(c.value(), 1) : c.symbol().text())
			.orElse(Symbol.MISSING.text());
	}

}
