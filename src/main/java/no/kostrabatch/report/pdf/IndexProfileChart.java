package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.List;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The index profile, as the ASSS network draws it: every indicator as per cent of the group mean
 * (= 100) for each city (the published {@code key_figures_index}), the group's lowest and highest
 * value marked, and a table of the mean, the lowest and the highest.
 */
final class IndexProfileChart {

	private final Report report;

	private final ReportText text;

	IndexProfileChart(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write(List<IndexProfile> profiles, List<String> missing) throws IOException {
		this.report.subsection(this.text.t("Indeksprofil ", "Index profile ") + this.report.period(), 480);
		this.report.canvas().paragraph(this.text.t(
				"Hver by i prosent av gjennomsnittet for byene i rapporten (snitt = 100). Den svarte linjen er snittet; "
						+ "de røde og grønne strekene viser gruppens laveste og høyeste verdi for hver indikator.",
				"Each city as a percentage of the mean of the cities in the report (mean = 100). The black line is the "
						+ "mean; the red and green marks show the group's lowest and highest value of each indicator."),
				9);
		DefaultCategoryDataset cities = new DefaultCategoryDataset();
		DefaultCategoryDataset range = new DefaultCategoryDataset();
		String lowest = this.text.t("Gruppens laveste", "Group's lowest");
		String highest = this.text.t("Gruppens høyeste", "Group's highest");
		for (IndexProfile profile : profiles) {
			String label = this.text.measure(profile.measure());
			profile.indexes().forEach((city, index) -> cities.addValue(index, this.text.region(city), label));
			range.addValue(profile.index(profile.lowest()), lowest, label);
			range.addValue(profile.index(profile.highest()), highest, label);
		}
		int bars = profiles.size() * this.report.data().info().municipalities().size();
		this.report.canvas()
			.chart(ChartFactory.indexProfile(cities, range, this.text.t("Indeks (snitt = 100)", "Index (mean = 100)"),
					this.text.locale()), Math.min(560, 70 + profiles.size() * 12 + bars * 7.5f));
		Table.Builder table = Table.builder(new float[] { 183, 60, 120, 120 }, this.text.t("Indikator", "Indicator"),
				this.text.t("Snitt", "Mean"), this.text.t("Lavest", "Lowest"), this.text.t("Høyest", "Highest"));
		for (IndexProfile p : profiles) {
			int decimals = this.text.decimals(p.measure());
			table.row(false, this.text.measure(p.measure()), this.text.number(p.mean(), decimals),
					this.text.number(p.values().get(p.lowest()), decimals) + " " + this.text.region(p.lowest()),
					this.text.number(p.values().get(p.highest()), decimals) + " " + this.text.region(p.highest()));
		}
		TableDrawer drawer = new TableDrawer(this.report.canvas(), 8);
		Table built = table.build();
		this.report.canvas().ensure(drawer.height(built));
		drawer.draw(built);
		if (!missing.isEmpty()) {
			this.report.note(this.text.t("Ikke med fordi ikke alle byene har publiserte tall: ",
					"Left out because not every city has a published figure: ") + String.join("; ", missing) + ".");
		}
	}

}
