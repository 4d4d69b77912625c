package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.TableDefinition;

/**
 * One section per one-dimension table of the report's city: categories down, count and percent for
 * the previous and this period and the change, then a bar chart. The cities side by side are in the
 * comparison section.
 */
final class DimensionSection {

	private final Report report;

	private final ReportText text;

	DimensionSection(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write() throws IOException {
		this.report.section(this.text.m("pdf.dimension_section.recipients_by_characteristic"));
		this.report.canvas().paragraph(this.text.m("pdf.dimension_section.each_table_shows_the_number"),
				9.5f);
		DistrictSection districts = new DistrictSection(this.report);
		for (String city : this.report.cities()) {
			for (TableDefinition table : this.report.data().catalog().tables()) {
				if (table.dim1() == null || table.dim2() != null || !table.counted() || !shown(table, city, districts)) {
					continue;
				}
				write(table, city);
			}
		}
	}

	/**
	 * Whether a city has the table: categories besides the total (a district table more than the total
	 * and unknown), and not the district table of a city whose districts have their own section.
	 */
	private boolean shown(TableDefinition table, String city, DistrictSection districts) {
		List<String> codes = this.report.data().categories(table.id(), city, this.report.period());
		if ("district".equals(table.dim1())) {
			return codes.size() > 2 && districts.districts(city).size() <= 1;
		}
		return codes.size() > 1;
	}

	private void write(TableDefinition table, String city) throws IOException {
		List<String> codes = this.report.data().categories(table.id(), city, this.report.period());
		String title = table.title().in(this.text.lang());
		this.report.subsection(title, 14 * (codes.size() + 3) + 200);
		if (this.report.cities().size() > 1) {
			this.report.caption(this.text.region(city));
		}
		new TableDrawer(this.report.canvas(), 8.5f, this.text.continued(title)).draw(oneCity(table, city));
		extras(table, city);
		new DimensionCharts(this.report, table).counts(city);
	}

	private Table oneCity(TableDefinition table, String city) {
		String period = this.report.period();
		String previous = this.report.previous();
		String number = this.text.m("pdf.dimension_section.number");
		String percent = this.text.m("pdf.dimension_section.per_cent");
		Table.Builder builder = (previous != null)
				? Table.builder(new float[] { 173, 62, 52, 62, 52, 82 }, "", number, percent, number, percent,
						this.text.m("pdf.dimension_section.change"))
					.group("", 1).group(this.report.label(previous), 2).group(this.report.label(period), 2).group("", 1)
				: Table.builder(new float[] { 263, 80, 80 }, "", number, percent).group("", 1).group(this.report.label(period), 2);
		for (String code : this.report.data().categories(table.id(), city, period)) {
			List<String> row = new ArrayList<>(List.of(this.text.category(table, city, code)));
			if (previous != null) {
				row.add(show(table, city, previous, code, "recipients"));
				row.add(show(table, city, previous, code, "percent"));
			}
			row.add(show(table, city, period, code, "recipients"));
			row.add(show(table, city, period, code, "percent"));
			if (previous != null) {
				row.add(show(table, city, period, code, "change"));
			}
			builder.row(Dimension.TOTAL.equals(code), row);
		}
		return builder.build();
	}

	private void extras(TableDefinition table, String city) throws IOException {
		String period = this.report.period();
		if (table.measures().contains("mean_months")) {
			Optional<Cell> mean = cell(table, city, period, Dimension.TOTAL, "mean_months");
			if (mean.isPresent()) {
				this.report.note(this.text.m("pdf.dimension_section.mean_duration_in", this.report.label(period), this.text.cell(mean),
						this.text.unit("mean_months")));
			}
		}
		if (table.measures().contains("children")) {
			Optional<Cell> children = cell(table, city, period, Dimension.TOTAL, "children");
			if (children.isPresent()) {
				this.report.note(this.text.m("pdf.dimension_section.the_recipients_supported", this.text.cell(children),
						this.report.label(period)));
			}
		}
	}

	private String show(TableDefinition table, String city, String period, String code, String measure) {
		Optional<Cell> cell = cell(table, city, period, code, measure);
		if ("change".equals(measure) && cell.isPresent() && cell.get().hasValue()) {
			return this.text.numbers().signed(cell.get().value(), 0);
		}
		return this.text.cell(cell);
	}

	private Optional<Cell> cell(TableDefinition table, String city, String period, String code, String measure) {
		return this.report.data().cell(table.id(), city, period, code, null, measure);
	}

}
