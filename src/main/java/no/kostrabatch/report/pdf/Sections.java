package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportLabels;
import no.kostrabatch.report.text.ChangeSentences;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.TableDefinition;

import org.jfree.data.category.DefaultCategoryDataset;

/** The sections of the status report; each returns its contents entry (title, page). */
final class Sections {

	static final List<String> KEY_FIGURES = List.of("recipients", "main_income_sa", "share_main_income_sa", "long_term",
			"share_long_term", "mean_months", "nok_per_recipient", "nok_per_month", "recipients_18_24",
			"mean_months_18_24");

	static final List<String> COMPARED = List.of("share_main_income_sa", "share_long_term", "mean_months",
			"mean_months_18_24", "nok_per_recipient", "nok_per_month");

	private final PdfCanvas canvas;

	private final ReportData data;

	private final ReportLabels labels;

	private final ChangeSentences sentences;

	private final Locale locale;

	private final String period;

	private final String previous;

	Sections(PdfCanvas canvas, ReportData data, ReportLabels labels) {
		this.canvas = canvas;
		this.data = data;
		this.labels = labels;
		this.sentences = new ChangeSentences(labels.lang());
		this.locale = (labels.lang() == Lang.EN) ? Locale.UK : Locale.forLanguageTag("nb-NO");
		this.period = data.info().period();
		this.previous = data.info().previousPeriod();
	}

	String[] keyFigures() throws IOException {
		this.canvas.newPage();
		String title = this.labels.t("Nøkkeltall", "Key figures");
		String[] entry = { title, String.valueOf(this.canvas.pageCount()) };
		this.canvas.heading(title, 18);
		for (String region : this.data.info().municipalities()) {
			String name = this.data.regions().name(region);
			this.canvas.heading(name, 13);
			List<String[]> rows = new ArrayList<>();
			rows.add(new String[] { this.labels.t("Nøkkeltall", "Key figure"), this.period, this.previous,
					this.labels.t("Endring", "Change") });
			for (String measure : KEY_FIGURES) {
				Optional<Cell> now = this.data.cell("key_figures", region, this.period, null, null, measure);
				Optional<Cell> before = this.data.cell("key_figures", region, this.previous, null, null, measure);
				rows.add(new String[] { label(measure), show(now), show(before), change(now, before) });
			}
			this.canvas.table(rows, new float[] { 243, 80, 80, 80 }, 9, List.of());
			for (String sentence : keySentences(region, name)) {
				this.canvas.paragraph("• " + sentence, 9.5f);
			}
			this.canvas.space(6);
		}
		return entry;
	}

	private List<String> keySentences(String region, String name) {
		List<String> result = new ArrayList<>();
		result.add(this.sentences.count("Antall sosialhjelpsmottakere i " + name, "The number of recipients in " + name,
				value(region, this.period, "recipients"), value(region, this.previous, "recipients"), this.period,
				this.previous));
		result.add(this.sentences.count("Antall med sosialhjelp som hovedinntekt", "The number with assistance as main income",
				value(region, this.period, "main_income_sa"), value(region, this.previous, "main_income_sa"), this.period,
				this.previous));
		result.add(this.sentences.count("Antall langtidsmottakere", "The number of long-term recipients",
				value(region, this.period, "long_term"), value(region, this.previous, "long_term"), this.period,
				this.previous));
		result.add(this.sentences.level("Gjennomsnittlig stønadstid", "The mean duration",
				value(region, this.period, "mean_months"), value(region, this.previous, "mean_months"), "måneder",
				"months", this.period, this.previous));
		result.add(this.sentences.level("Utbetalt stønad per mottaker", "Assistance paid per recipient",
				value(region, this.period, "nok_per_recipient"), value(region, this.previous, "nok_per_recipient"),
				"kroner", "NOK", this.period, this.previous));
		return result;
	}

	List<String[]> tables() throws IOException {
		List<String[]> entries = new ArrayList<>();
		boolean first = true;
		for (TableDefinition table : this.data.catalog().tables()) {
			if (table.dim1() == null || table.dim2() != null
					|| this.data.cells().stream().noneMatch((c) -> c.tableId().equals(table.id()))) {
				continue;
			}
			if (first) {
				this.canvas.newPage();
				first = false;
			}
			this.canvas.ensure(330);
			entries.add(new String[] { table.title().in(this.labels.lang()), String.valueOf(this.canvas.pageCount()) });
			this.canvas.heading(table.title().in(this.labels.lang()), 13);
			new TableSection(this.canvas, this.data, this.labels, this.locale).write(table);
		}
		return entries;
	}

	String[] comparison() throws IOException {
		this.canvas.newPage();
		String title = this.labels.t("Sammenligning mellom byene", "Comparison across cities");
		String[] entry = { title, String.valueOf(this.canvas.pageCount()) };
		this.canvas.heading(title, 18);
		List<String> cities = this.data.info().municipalities();
		List<String[]> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(this.labels.t("Nøkkeltall " + this.period, "Key figure " + this.period)));
		cities.forEach((c) -> header.add(this.data.regions().name(c)));
		rows.add(header.toArray(String[]::new));
		for (String measure : KEY_FIGURES) {
			List<String> row = new ArrayList<>(List.of(label(measure)));
			cities.forEach((c) -> row.add(show(this.data.cell("key_figures", c, this.period, null, null, measure))));
			rows.add(row.toArray(String[]::new));
		}
		float[] widths = new float[cities.size() + 1];
		widths[0] = 483 - 70 * cities.size();
		for (int i = 1; i < widths.length; i++) {
			widths[i] = 70;
		}
		this.canvas.table(rows, widths, 8.5f, List.of());
		DefaultCategoryDataset index = new DefaultCategoryDataset();
		List<String[]> ranges = new ArrayList<>();
		ranges.add(new String[] { this.labels.t("Indikator", "Indicator"), this.labels.t("Snitt", "Mean"),
				this.labels.t("Lavest", "Lowest"), this.labels.t("Høyest", "Highest") });
		for (String measure : COMPARED) {
			List<BigDecimal> values = new ArrayList<>();
			cities.forEach((c) -> Optional.ofNullable(value(c, this.period, measure)).ifPresent(values::add));
			if (values.size() < 2) {
				continue;
			}
			BigDecimal mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
			for (String city : cities) {
				BigDecimal v = value(city, this.period, measure);
				if (v != null && mean.signum() != 0) {
					index.addValue(v.multiply(BigDecimal.valueOf(100)).divide(mean, 1, RoundingMode.HALF_UP),
							this.data.regions().name(city), label(measure));
				}
			}
			ranges.add(new String[] { label(measure), this.labels.number(mean.setScale(1, RoundingMode.HALF_UP)),
					this.labels.number(values.stream().min(BigDecimal::compareTo).get()),
					this.labels.number(values.stream().max(BigDecimal::compareTo).get()) });
		}
		this.canvas.paragraph(this.labels.t(
				"Indeksprofilen viser hver by i prosent av gjennomsnittet for byene i rapporten (snitt = 100). "
						+ "Tabellen under gir snittet og laveste og høyeste verdi.",
				"The index profile shows each city as a percentage of the mean of the cities in the report "
						+ "(mean = 100). The table below gives the mean and the lowest and highest value."),
				9.5f);
		if (index.getColumnCount() > 0) {
			this.canvas.chart(ChartFactory.index(this.labels.t("Indeksprofil " + this.period, "Index profile " + this.period),
					index, this.locale), 330);
		}
		this.canvas.table(ranges, new float[] { 243, 80, 80, 80 }, 8.5f, List.of());
		for (String measure : List.of("share_long_term", "nok_per_recipient")) {
			DefaultCategoryDataset bars = new DefaultCategoryDataset();
			for (String city : cities) {
				BigDecimal v = value(city, this.period, measure);
				if (v != null) {
					bars.addValue(v, this.period, this.data.regions().name(city));
				}
			}
			if (bars.getColumnCount() > 0) {
				this.canvas.chart(ChartFactory.bars(label(measure) + " " + this.period, bars, unit(measure), this.locale),
						150);
			}
		}
		return entry;
	}

	String[] timeSeries() throws IOException {
		this.canvas.newPage();
		String title = this.labels.t("Utvikling over tid", "Development over time");
		String[] entry = { title, String.valueOf(this.canvas.pageCount()) };
		this.canvas.heading(title, 18);
		for (String measure : List.of("recipients", "mean_months", "share_long_term", "nok_per_recipient")) {
			DefaultCategoryDataset lines = new DefaultCategoryDataset();
			for (String city : this.data.info().municipalities()) {
				for (String p : this.data.periods()) {
					BigDecimal v = value(city, p, measure);
					if (v != null) {
						lines.addValue(v, this.data.regions().name(city), p);
					}
				}
			}
			if (lines.getRowCount() > 0) {
				this.canvas.chart(ChartFactory.lines(label(measure), lines, unit(measure), this.locale), 165);
			}
		}
		return entry;
	}

	String[] definitions() throws IOException {
		this.canvas.newPage();
		String title = this.labels.t("Definisjoner og symboler", "Definitions and symbols");
		String[] entry = { title, String.valueOf(this.canvas.pageCount()) };
		this.canvas.heading(title, 18);
		String[] paragraphs = { this.labels.t(
				"Mottaker: en person som har fått økonomisk stønad (bidrag og/eller lån) i minst én måned i året. "
						+ "En person telles én gang i kommunen, i bydelen for den siste måneden med stønad.",
				"Recipient: a person who received financial assistance (grant and/or loan) in at least one month of the "
						+ "year, counted once in the municipality, in the district of the latest month with support."),
				this.labels.t("Kjennetegn som hovedinntekt, sivilstand og barn gjelder ved siste kontakt: den siste måneden med stønad.",
						"Attributes such as main income, civil status and children are those of the latest month with support."),
				this.labels.t("Alder: alder ved utgangen av året (rapporteringsår minus fødselsår).",
						"Age: age at the end of the year (reporting year minus birth year)."),
				this.labels.t("Langtidsmottaker: stønad i seks måneder eller mer i året. Stønadstid: antall måneder med stønad; "
						+ "gjennomsnittet er summen av stønadsmåneder delt på antall mottakere.",
						"Long-term recipient: support in six months or more of the year. Duration: months with support; the mean "
								+ "is the sum of support months divided by recipients."),
				this.labels.t("Prosent regnes av mottakerne med kjent verdi; «Uoppgitt» er holdt utenfor nevneren.",
						"Percentages are of the recipients with a known value; 'Unknown' is left out of the denominator."),
				this.labels.t("Utbetalt stønad er brutto bidrag og lån. Stønad per måned er utbetalt delt på stønadsmåneder.",
						"Assistance paid is gross grants and loans. Per month is paid divided by support months."),
				this.labels.symbolsExplained(), this.labels.disclosure(this.data.info().disclosure()) };
		for (String paragraph : paragraphs) {
			this.canvas.paragraph(paragraph, 10);
		}
		return entry;
	}

	private BigDecimal value(String region, String p, String measure) {
		return this.data.keyFigure(region, p, measure).orElse(null);
	}

	private String label(String measure) {
		return this.data.catalog().measure(measure).label().in(this.labels.lang());
	}

	private String unit(String measure) {
		return this.data.catalog().measure(measure).unit().in(this.labels.lang());
	}

	private String show(Optional<Cell> cell) {
		return cell.map(this.labels::cell).orElse("..");
	}

	private String change(Optional<Cell> now, Optional<Cell> before) {
		if (now.isEmpty() || before.isEmpty() || !now.get().hasValue() || !before.get().hasValue()) {
			return "..";
		}
		return this.labels.number(now.get().value().subtract(before.get().value()));
	}

	static boolean isDistrictTable(TableDefinition table) {
		return "district".equals(table.dim1());
	}

	static String categoryLabel(ReportData data, Lang lang, TableDefinition table, String region, String code) {
		Dimension dimension = data.catalog().dimension(table.dim1());
		if (isDistrictTable(table) && !Dimension.TOTAL.equals(code) && !Dimension.UNKNOWN.equals(code)) {
			return data.regions().districtName(Regions.municipalityOf(region), code);
		}
		return dimension.labelOf(code, lang);
	}

	static Measure measure(ReportData data, String id) {
		return data.catalog().measure(id);
	}

}
