package no.kostrabatch.report.excel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Label;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The codebook: every variable with its categories, every measure with its unit and meaning. */
final class DefinitionsSheet {

	private static final Map<String, Label> MEANINGS = Map.of("recipients", new Label(
			"Personer med stønad (bidrag + lån > 0) i minst én måned i perioden; telles én gang per kommune.",
			"Persons with assistance (grant + loan > 0) in at least one month of the period; counted once per municipality."),
			"percent", new Label("Andel av mottakerne med kjent verdi (uoppgitt holdes utenfor), × 100.",
					"Share of the recipients with a known value (unknown left out), × 100."),
			"mean_months", new Label("Stønadsmåneder ÷ mottakere.", "Support months ÷ recipients."),
			"change", new Label("Antall i perioden minus antall i forrige periode.",
					"Number in the period minus number in the previous period."),
			"change_percent", new Label("Endringen i prosent av antallet i forrige periode.",
					"The change in percent of the number in the previous period."),
			"nok_per_month", new Label("Utbetalt (bidrag + lån) ÷ stønadsmåneder.", "Paid (grant + loan) ÷ support months."),
			"nok_per_recipient", new Label("Utbetalt (bidrag + lån) ÷ mottakere.", "Paid (grant + loan) ÷ recipients."),
			"long_term", new Label("Mottakere med stønad i 6 måneder eller mer i året.",
					"Recipients with assistance in 6 months or more of the year."),
			"per_1000", new Label("Mottakere ÷ innbyggere i gruppen 31.12 × 1 000.",
					"Recipients ÷ inhabitants of the group at 31 December × 1,000."),
			"support_months", new Label("Kalendermåneder med stønad, summert over mottakerne.",
					"Calendar months with assistance, summed over the recipients."));

	private final Context context;

	DefinitionsSheet(Context context) {
		this.context = context;
	}

	void write(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		TableCatalog catalog = this.context.data().catalog();
		Xl.text(Xl.row(sheet, 0), 0, this.context.t("Definisjoner", "Definitions"), styles.title);
		Row header = Xl.row(sheet, 2);
		String[] heads = { this.context.t("Variabel", "Variable"), this.context.t("Kode", "Code"),
				this.context.t("Kategori", "Category"), this.context.t("Delsum av", "Subtotal of") };
		for (int i = 0; i < heads.length; i++) {
			Xl.text(header, i, heads[i], styles.headerLeft);
		}
		int r = 3;
		for (Dimension dimension : dimensions(catalog)) {
			Xl.header(sheet, r++, 0, 4, this.context.in(dimension.label()), styles.band);
			for (Map.Entry<String, String> category : categories(dimension).entrySet()) {
				Row row = Xl.row(sheet, r++);
				Xl.text(row, 0, "", styles.text);
				Xl.text(row, 1, category.getKey(), styles.text);
				Xl.text(row, 2, category.getValue(), styles.text);
				Xl.text(row, 3, dimension.category(category.getKey())
					.map((c) -> String.join(", ", c.members()))
					.orElse(""), styles.text);
			}
		}
		r++;
		Row measures = Xl.row(sheet, r++);
		String[] measureHeads = { this.context.t("Mål", "Measure"), this.context.t("Kode", "Code"),
				this.context.t("Betydning", "Meaning"), this.context.t("Enhet", "Unit") };
		for (int i = 0; i < measureHeads.length; i++) {
			Xl.text(measures, i, measureHeads[i], styles.headerLeft);
		}
		for (Measure measure : new TreeMap<>(catalog.measures()).values()) {
			Row row = Xl.row(sheet, r++);
			Xl.text(row, 0, this.context.in(measure.label()), styles.text);
			Xl.text(row, 1, measure.id(), styles.text);
			Label meaning = MEANINGS.get(measure.id());
			Xl.text(row, 2, (meaning != null) ? this.context.in(meaning) : "", styles.wrap);
			Xl.text(row, 3, this.context.in(measure.unit()) + ((measure.decimals() > 0)
					? this.context.t(", én desimal", ", one decimal") : ""), styles.text);
		}
		sheet.createFreezePane(0, 3);
		sheet.setColumnWidth(0, 52 * 256);
		sheet.setColumnWidth(1, 26 * 256);
		sheet.setColumnWidth(2, 60 * 256);
		sheet.setColumnWidth(3, 34 * 256);
		Xl.print(sheet, true, 3, r, 3);
	}

	/** The dimensions in the order the tables first use them. */
	private static List<Dimension> dimensions(TableCatalog catalog) {
		Set<String> ids = new LinkedHashSet<>();
		for (TableDefinition table : catalog.tables()) {
			ids.addAll(table.dimensions());
		}
		List<Dimension> dimensions = new ArrayList<>();
		ids.forEach((id) -> dimensions.add(catalog.dimension(id)));
		return dimensions;
	}

	/** Code → label; an open dimension lists the codes the data has, named from the reference data. */
	private Map<String, String> categories(Dimension dimension) {
		Map<String, String> result = new java.util.LinkedHashMap<>();
		for (Category category : dimension.categories()) {
			result.put(category.code(), this.context.in(category.label()));
		}
		if (dimension.open()) {
			this.context.data().cells().stream()
				.filter((c) -> dimension.id().equals(c.dim1()) && dimension.category(c.cat1()).isEmpty())
				.map((c) -> new String[] { c.region().substring(0, 4) + c.cat1(),
						this.context.regionName(c.region()) + ": " + this.context.category(dimension, c.region(), c.cat1()) })
				.sorted((a, b) -> a[0].compareTo(b[0]))
				.forEach((pair) -> result.putIfAbsent(pair[0], pair[1]));
		}
		return result;
	}

}
