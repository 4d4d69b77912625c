package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.GroupComparison;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The comparison across the cities of the run: key figures side by side with the group mean (the
 * published {@code group:run} row), the index profile (each indicator as per cent of the group mean,
 * from {@code key_figures_index}, with the group's range as a whisker). In a city's report it is "the
 * city among the others"; in the comparison of all cities the key figures' changes side by side and a
 * bar chart per indicator follow.
 */
final class ComparisonSection {

	static final List<String> INDICATORS = List.of("share_main_income_sa", "share_long_term",
			"share_long_term_main_income_sa", "share_months_10_12", "mean_months", "mean_months_18_24",
			"nok_per_recipient", "nok_per_month", "share_pop_18_66", "share_pop_18_24");

	private final Report report;

	private final ReportText text;

	private final List<String> cities;

	ComparisonSection(Report report) {
		this.report = report;
		this.text = report.text();
		this.cities = report.peers();
	}

	void write() throws IOException {
		boolean one = this.report.aboutOneCity();
		String name = one ? this.text.region(this.report.cities().get(0)) : null;
		this.report.section(one ? this.text.m("pdf.comparison_section.compared_with_the_other_cities", name)
				: this.text.m("pdf.comparison_section.comparison_across_the_cities"));
		this.report.canvas().paragraph(this.text.m("pdf.comparison_section.the_key_figures_for_side", this.report.label(this.report.period())),
				9.5f);
		new TableDrawer(this.report.canvas(), 8).draw(sideBySide());
		if (!one && this.report.previous() != null) {
			new ChangesSideBySide(this.report).write();
		}
		List<IndexProfile> profiles = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String measure : INDICATORS) {
			IndexProfile profile = IndexProfile.of(this.report, measure, this.cities);
			if (profile.comparable()) {
				profiles.add(profile);
			}
			else if (this.report.data().catalog().measures().containsKey(measure)) {
				missing.add(this.text.measure(measure));
			}
		}
		if (profiles.isEmpty()) {
			this.report.note(this.text.m("pdf.comparison_section.no_index_profile_fewer_than"));
			return;
		}
		new IndexProfileChart(this.report).write(profiles, missing);
		if (!one) {
			indicatorCharts(profiles);
		}
	}

	private Table sideBySide() {
		float column = Math.min(70, 300f / (this.cities.size() + 1));
		float[] widths = new float[this.cities.size() + 2];
		widths[0] = 483 - column * (this.cities.size() + 1);
		List<String> header = new ArrayList<>(List.of(this.text.m("pdf.comparison_section.key_figure", this.report.label(this.report.period()))));
		for (int i = 0; i < this.cities.size(); i++) {
			widths[i + 1] = column;
			header.add(this.text.region(this.cities.get(i)));
		}
		widths[widths.length - 1] = column;
		header.add(this.text.m("pdf.comparison_section.mean"));
		Table.Builder table = Table.builder(widths, header.toArray(String[]::new));
		for (String measure : KeyFiguresSection.MEASURES) {
			if ("nok".equals(measure) || !this.report.data().catalog().measures().containsKey(measure)) {
				continue;
			}
			if (this.cities.stream().allMatch((c) -> this.report.keyCell(c, this.report.period(), measure).isEmpty())) {
				continue;
			}
			List<String> row = new ArrayList<>(List.of(this.text.measure(measure)));
			this.cities.forEach((c) -> row.add(this.text.cell(this.report.keyCell(c, this.report.period(), measure))));
			row.add(this.text.cell(this.report.keyCell(GroupComparison.RUN_GROUP, this.report.period(), measure)));
			table.row(false, row);
		}
		return table.build();
	}

	private void indicatorCharts(List<IndexProfile> profiles) throws IOException {
		this.report.subsection(this.text.m("pdf.comparison_section.the_indicators_city_by_city"), 230);
		for (IndexProfile profile : profiles) {
			DefaultCategoryDataset data = new DefaultCategoryDataset();
			String series = this.report.label(this.report.period());
			profile.values().forEach((city, value) -> data.addValue(value, series, this.text.region(city)));
			String label = this.text.measure(profile.measure());
			float height = 44 + 22f * profile.values().size();
			this.report.canvas().ensure(height + 30);
			this.report.caption(this.text.m("pdf.comparison_section.dashed_line_mean", label,
					this.text.unit(profile.measure()), this.report.label(this.report.period()),
					this.text.number(profile.mean(), this.text.decimals(profile.measure()))));
			this.report.canvas()
				.chart(ChartFactory.barsWithMean(data, this.text.unit(profile.measure()), this.text.locale(),
						profile.mean().doubleValue()), height);
		}
	}

}
