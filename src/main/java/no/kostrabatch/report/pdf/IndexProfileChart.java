package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.List;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The index profile, as the ASSS network draws it: every indicator as per cent of the group mean
 * (= 100), the group's range from the lowest to the highest city drawn as a whisker, the city (in a
 * city's report) or every city (in the comparison) as a dot on it, and a table with the values
 * behind it.
 */
final class IndexProfileChart {

	/** The chart's data: the cities' indexes (one series per city) and the group's range (lowest, highest). */
	record Datasets(DefaultCategoryDataset cities, DefaultCategoryDataset range) {
	}

	private final Report report;

	private final ReportText text;

	IndexProfileChart(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write(List<IndexProfile> profiles, List<String> missing) throws IOException {
		boolean one = this.report.aboutOneCity();
		String city = one ? this.text.region(this.report.cities().get(0)) : null;
		this.report.subsection(one ? this.text.m("pdf.index_profile_chart.index_profile_of", city, this.report.label(this.report.period()))
				: this.text.m("pdf.index_profile_chart.index_profile", this.report.label(this.report.period())), 330);
		this.report.canvas().paragraph(one ? this.text.m("pdf.index_profile_chart.as_a_percentage_of_the", city)
				: this.text.m("pdf.index_profile_chart.each_city_as_a_percentage"),
				9);
		Datasets data = datasets(profiles);
		this.report.canvas()
			.chart(ChartFactory.indexProfile(data.cities(), data.range(), this.text.m("pdf.index_profile_chart.index_mean_100"),
					this.text.m("pdf.index_profile_chart.the_groups_range_lowest_highest"), this.text.locale()),
					56 + profiles.size() * 18f);
		TableDrawer drawer = new TableDrawer(this.report.canvas(), 8);
		Table built = table(profiles, one);
		String note = missing.isEmpty() ? "" : this.text.m("pdf.index_profile_chart.left_out_because_not_every", String.join("; ", missing));
		float noteHeight = note.isEmpty() ? 0
				: PdfCanvas.wrap(note, this.report.canvas().regular, 8, PdfCanvas.WIDTH).size() * 8 * 1.4f + 4;
		this.report.canvas().ensure(drawer.height(built) + noteHeight);
		drawer.draw(built);
		if (!note.isEmpty()) {
			this.report.note(note);
		}
	}

	/** The indexes of the report's cities and the group's lowest and highest index, per indicator. */
	Datasets datasets(List<IndexProfile> profiles) {
		DefaultCategoryDataset cities = new DefaultCategoryDataset();
		DefaultCategoryDataset range = new DefaultCategoryDataset();
		String lowest = this.text.m("pdf.index_profile_chart.groups_lowest");
		String highest = this.text.m("pdf.index_profile_chart.groups_highest");
		for (IndexProfile profile : profiles) {
			String label = this.text.measure(profile.measure());
			for (String city : this.report.cities()) {
				if (profile.index(city) != null) {
					cities.addValue(profile.index(city), this.text.region(city), label);
				}
			}
			range.addValue(profile.index(profile.lowest()), lowest, label);
			range.addValue(profile.index(profile.highest()), highest, label);
		}
		return new Datasets(cities, range);
	}

	private Table table(List<IndexProfile> profiles, boolean one) {
		String city = one ? this.report.cities().get(0) : null;
		Table.Builder table = one
				? Table.builder(new float[] { 163, 50, 40, 50, 90, 90 }, this.text.m("pdf.index_profile_chart.indicator"),
						this.text.region(city), this.text.m("pdf.index_profile_chart.index"), this.text.m("pdf.index_profile_chart.mean"),
						this.text.m("pdf.index_profile_chart.lowest"), this.text.m("pdf.index_profile_chart.highest"))
				: Table.builder(new float[] { 183, 60, 120, 120 }, this.text.m("pdf.index_profile_chart.indicator"),
						this.text.m("pdf.index_profile_chart.mean"), this.text.m("pdf.index_profile_chart.lowest"), this.text.m("pdf.index_profile_chart.highest"));
		for (IndexProfile p : profiles) {
			int decimals = this.text.decimals(p.measure());
			String low = this.text.number(p.values().get(p.lowest()), decimals) + " " + this.text.region(p.lowest());
			String high = this.text.number(p.values().get(p.highest()), decimals) + " " + this.text.region(p.highest());
			String mean = this.text.number(p.mean(), decimals);
			if (one) {
				boolean has = p.index(city) != null;
				table.row(false, this.text.measure(p.measure()), has ? this.text.number(p.values().get(city), decimals) : "..",
						has ? this.text.number(p.index(city), 0) : "..", mean, low, high);
			}
			else {
				table.row(false, this.text.measure(p.measure()), mean, low, high);
			}
		}
		return table.build();
	}

}
