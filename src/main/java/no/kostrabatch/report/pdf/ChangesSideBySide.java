package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.KeyFigureChange;

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
		this.report.subsection(this.text.m("pdf.changes_side_by_side.change_from_to", this.report.label(this.report.previous()),
				this.report.label(this.report.period())), 220);
		this.report.canvas().paragraph(this.text.m("pdf.changes_side_by_side.change_in_per_cent_for"),
				9);
		float column = Math.min(70, 300f / cities.size());
		float[] widths = new float[cities.size() + 1];
		widths[0] = PdfCanvas.WIDTH - column * cities.size();
		List<String> header = new ArrayList<>(List.of(this.text.m("pdf.changes_side_by_side.key_figure")));
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
		return this.text.signed(this.report.changeCell(city, measure, share ? "change" : "change_percent"), 1);
	}

}
