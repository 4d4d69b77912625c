package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.Regions;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A page per municipality with districts (Oslo's bydeler): the main key figures by district in a
 * table with the municipality's total, a bar chart of the recipients by district, and one of the
 * shares long-term and with assistance as main income. Districts go by their names.
 */
final class DistrictSection {

	static final List<String> MEASURES = List.of("recipients", "share_long_term", "share_main_income_sa", "mean_months",
			"nok_per_recipient");

	private final Report report;

	private final ReportText text;

	DistrictSection(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write() throws IOException {
		for (String city : this.report.cities()) {
			List<String> districts = districts(city);
			if (districts.size() > 1) {
				write(city, districts);
			}
		}
	}

	/** The districts of a municipality with key figures this period, in code order. */
	List<String> districts(String city) {
		return this.report.data()
			.regionCodes()
			.stream()
			.filter((r) -> Regions.isDistrict(r) && Regions.municipalityOf(r).equals(city))
			.filter((r) -> this.report.keyCell(r, this.report.period(), "recipients").isPresent())
			.toList();
	}

	String name(String district) {
		return this.text.region(district).substring(this.text.region(Regions.municipalityOf(district)).length() + 2);
	}

	private void write(String city, List<String> districts) throws IOException {
		String name = this.text.region(city);
		this.report.section(this.text.m("pdf.district_section.the_districts_of", name));
		this.report.canvas().paragraph(this.text.m("pdf.district_section.the_key_figures_for_the", name, this.report.label(this.report.period())),
				9.5f);
		new TableDrawer(this.report.canvas(), 8, this.text.continued(this.text.m("pdf.district_section.the_districts_of", name)))
			.draw(table(city, districts));
		recipientsChart(districts);
		sharesChart(districts);
	}

	private Table table(String city, List<String> districts) {
		String previous = this.report.previous();
		List<String> header = new ArrayList<>(List.of(this.text.m("pdf.district_section.district")));
		List<Float> widths = new ArrayList<>(List.of(118f));
		if (previous != null) {
			header.add(this.text.m("pdf.district_section.recipients", previous));
			widths.add(55f);
		}
		header.add(this.text.m("pdf.district_section.recipients", this.report.period()));
		widths.add(55f);
		if (previous != null) {
			header.add(this.text.m("pdf.district_section.change"));
			widths.add(50f);
		}
		header.add(this.text.m("pdf.district_section.long_term"));
		header.add(this.text.m("pdf.district_section.assistance_as_main_income"));
		header.add(this.text.m("pdf.district_section.mean_months"));
		header.add(this.text.m("pdf.district_section.nok_per_recipient"));
		widths.addAll(List.of(66f, 78f, 50f, 55f));
		float total = widths.stream().reduce(0f, Float::sum);
		widths.set(0, widths.get(0) + PdfCanvas.WIDTH - total);
		float[] w = new float[widths.size()];
		for (int i = 0; i < w.length; i++) {
			w[i] = widths.get(i);
		}
		Table.Builder builder = Table.builder(w, header.toArray(String[]::new));
		builder.row(Table.Style.TOTAL, row(city, this.text.m("pdf.district_section.in_all", this.text.region(city))));
		for (String district : districts) {
			builder.row(Table.Style.PLAIN, row(district, name(district)));
		}
		return builder.build();
	}

	private List<String> row(String region, String label) {
		String period = this.report.period();
		String previous = this.report.previous();
		List<String> row = new ArrayList<>(List.of(label));
		if (previous != null) {
			row.add(this.text.cell(this.report.keyCell(region, previous, "recipients")));
		}
		row.add(this.text.cell(this.report.keyCell(region, period, "recipients")));
		if (previous != null) {
			row.add(this.text.signed(this.report.changeCell(region, "recipients", "change"), 0));
		}
		for (String measure : MEASURES.subList(1, MEASURES.size())) {
			row.add(this.text.cell(this.report.keyCell(region, period, measure)));
		}
		return row;
	}

	private void recipientsChart(List<String> districts) throws IOException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (String district : districts) {
			BigDecimal value = this.report.key(district, this.report.period(), "recipients");
			if (value != null) {
				data.addValue(value, this.report.label(this.report.period()), name(district));
			}
		}
		chart(data, this.text.m("pdf.district_section.recipients_by_district", this.report.label(this.report.period())),
				this.text.m("pdf.district_section.number_of_recipients"), districts.size());
	}

	private void sharesChart(List<String> districts) throws IOException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (String district : districts) {
			for (String measure : List.of("share_long_term", "share_main_income_sa")) {
				BigDecimal value = this.report.key(district, this.report.period(), measure);
				if (value != null) {
					data.addValue(value, this.text.measure(measure), name(district));
				}
			}
		}
		chart(data, this.text.m("pdf.district_section.share_long_term_and_share", this.report.label(this.report.period())),
				this.text.m("pdf.district_section.per_cent"), districts.size());
	}

	private void chart(DefaultCategoryDataset data, String caption, String axis, int districts) throws IOException {
		if (data.getColumnCount() == 0) {
			this.report.note(this.text.m("pdf.district_section.no_chart_every_figure_is", caption));
			return;
		}
		float height = Math.min(430, 70 + districts * (6 + 9f * data.getRowCount()));
		this.report.canvas().ensure(height + 30);
		this.report.caption(caption);
		this.report.canvas().chart(ChartFactory.bars(data, axis, this.text.locale()), height);
	}

}
