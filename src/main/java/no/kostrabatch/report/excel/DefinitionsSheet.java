package no.kostrabatch.report.excel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.Region;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The codebook: every variable with its definition and categories (with a definition where the
 * catalogue gives one), every measure with its definition and unit.
 */
final class DefinitionsSheet {

	private final Context context;

	DefinitionsSheet(Context context) {
		this.context = context;
	}

	void write(XSSFSheet sheet) {
		Styles styles = this.context.styles();
		TableCatalog catalog = this.context.data().catalog();
		Xl.text(Xl.row(sheet, 0), 0, this.context.m("excel.definitions_sheet.definitions"), styles.title);
		Row header = Xl.row(sheet, 2);
		String[] heads = { this.context.m("excel.definitions_sheet.variable"), this.context.m("excel.definitions_sheet.code"),
				this.context.m("excel.definitions_sheet.category"), this.context.m("excel.definitions_sheet.subtotal_of"),
				this.context.m("excel.definitions_sheet.definition") };
		for (int i = 0; i < heads.length; i++) {
			Xl.text(header, i, heads[i], styles.headerLeft);
		}
		int r = 3;
		for (Dimension dimension : dimensions(catalog)) {
			Xl.header(sheet, r++, 0, 5, this.context.in(dimension.label()), styles.band);
			Row definition = Xl.row(sheet, r++);
			Xl.text(definition, 0, dimension.id(), styles.text);
			Xl.text(definition, 4, this.context.in(dimension.definition()), styles.wrap);
			for (Map.Entry<String, String> category : categories(dimension).entrySet()) {
				Row row = Xl.row(sheet, r++);
				Xl.text(row, 0, "", styles.text);
				Xl.text(row, 1, category.getKey(), styles.text);
				Xl.text(row, 2, category.getValue(), styles.text);
				Xl.text(row, 3, dimension.category(category.getKey())
					.map((c) -> String.join(", ", c.members()))
					.orElse(""), styles.text);
				Xl.text(row, 4, dimension.category(category.getKey())
					.flatMap(Category::definitionIfAny)
					.map(this.context::in)
					.orElse(""), styles.wrap);
			}
		}
		r++;
		Row measures = Xl.row(sheet, r++);
		String[] measureHeads = { this.context.m("excel.definitions_sheet.measure"), this.context.m("excel.definitions_sheet.code"),
				this.context.m("excel.definitions_sheet.meaning"), this.context.m("excel.definitions_sheet.unit") };
		for (int i = 0; i < measureHeads.length; i++) {
			Xl.text(measures, i, measureHeads[i], styles.headerLeft);
		}
		for (Measure measure : new TreeMap<>(catalog.measures()).values()) {
			Row row = Xl.row(sheet, r++);
			Xl.text(row, 0, this.context.in(measure.label()), styles.text);
			Xl.text(row, 1, measure.id(), styles.text);
			Xl.text(row, 2, this.context.in(measure.definition()), styles.wrap);
			String unit = this.context.in(measure.unit());
			Xl.text(row, 3, (measure.decimals() > 0) ? this.context.m("excel.definitions_sheet.one_decimal", unit) : unit,
					styles.text);
		}
		sheet.createFreezePane(0, 3);
		sheet.setColumnWidth(0, 52 * 256);
		sheet.setColumnWidth(1, 26 * 256);
		sheet.setColumnWidth(2, 60 * 256);
		sheet.setColumnWidth(3, 34 * 256);
		sheet.setColumnWidth(4, 70 * 256);
		Xl.print(sheet, true, 4, r, 3);
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
				.filter((c) -> dimension.id().equals(c.dim1()) && dimension.category(c.cat1()).isEmpty()
						&& !Region.of(c.region()).isGroup())
				.map((c) -> new String[] { Region.of(c.region()).municipalityCode() + c.cat1(),
						this.context.regionName(c.region()) + ": " + this.context.category(dimension, c.region(), c.cat1()) })
				.sorted((a, b) -> a[0].compareTo(b[0]))
				.forEach((pair) -> result.putIfAbsent(pair[0], pair[1]));
		}
		return result;
	}

}
