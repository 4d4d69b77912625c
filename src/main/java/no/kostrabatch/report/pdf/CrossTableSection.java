package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.TableDefinition;

/**
 * SSB's two-dimension tables: per table and city, the first dimension down (family phases with
 * their subtotals shaded and their members indented, or ages), the second across with its total,
 * and the table's other measures at the row total (mean months, recipients). A table too wide for
 * the page is split into blocks of columns that repeat the row labels. The tables with a mean or
 * an amount get a bar chart of it by the first dimension.
 */
final class CrossTableSection {

	private static final float LABEL = 120;

	private static final float[] SIZES = { 7, 6.5f, 6 };

	private static final float MIN_COLUMN = 20;

	private final Report report;

	private final ReportText text;

	CrossTableSection(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write() throws IOException {
		List<TableDefinition> tables = this.report.data()
			.catalog()
			.tables()
			.stream()
			.filter((t) -> t.dim2() != null && !cities(t).isEmpty())
			.toList();
		if (tables.isEmpty()) {
			return;
		}
		this.report.section(this.text.m("pdf.cross_table_section.statistics_norways_standard_tables"));
		this.report.canvas().paragraph(this.text.m("pdf.cross_table_section.the_tables_cross_two_characteristics",
				this.report.label(this.report.period())),
				9.5f);
		this.report.note(this.text.symbols());
		for (TableDefinition table : tables) {
			write(table, cities(table));
		}
	}

	private List<String> cities(TableDefinition table) {
		return this.report
			.cities()
			.stream()
			.filter((city) -> !this.report.data().cells(table.id(), city, this.report.period()).isEmpty())
			.toList();
	}

	private void write(TableDefinition table, List<String> cities) throws IOException {
		boolean several = this.report.cities().size() > 1;
		boolean first = true;
		for (String city : cities) {
			Layout layout = layout(table, city);
			List<Table> blocks = layout.blocks();
			TableDrawer drawer = new TableDrawer(this.report.canvas(), layout.size(),
					this.text.continued(table.title().in(this.text.lang()) + (several ? ", " + this.text.region(city) : "")));
			String note = columnNames(table, city);
			float need = Math.min(drawer.height(blocks.get(0)) + ((blocks.size() == 1) ? noteHeight(note) : 0), 360)
					+ (first ? 45 : 0) + (several ? 20 : 0);
			this.report.canvas().ensure(need);
			if (first) {
				this.report.subsection(table.title().in(this.text.lang()), 0);
				first = false;
			}
			if (several) {
				this.report.caption(this.text.region(city) + ", " + this.report.label(this.report.period()));
			}
			for (int i = 0; i < blocks.size(); i++) {
				float height = drawer.height(blocks.get(i));
				boolean last = i == blocks.size() - 1;
				if (i > 0 && this.report.canvas().remaining() < Math.min(height + (last ? noteHeight(note) : 0), 360)) {
					this.report.canvas().newPage();
					this.report.caption(this.text.continued(table.title().in(this.text.lang())
							+ (several ? ", " + this.text.region(city) : "")));
				}
				drawer.draw(blocks.get(i));
			}
			if (!note.isEmpty()) {
				this.report.note(note);
			}
			chart(table, city);
		}
	}

	/**
	 * The table of a city at the largest font that fits it in one block across the page, else in as
	 * many blocks of columns as the page width needs.
	 */
	Layout layout(TableDefinition table, String city) throws IOException {
		String body = table.measures().contains("nok_per_month") ? "nok_per_month" : "recipients";
		List<String> rows = this.report.data().categories(table.id(), city, this.report.period());
		List<Column> all = new ArrayList<>();
		for (String code : columns(table, city)) {
			if (!Dimension.TOTAL.equals(code)) {
				all.add(new Column(heading(table.dim2(), code), code, body, true));
			}
		}
		all.add(new Column(this.text.m("pdf.cross_table_section.total"), Dimension.TOTAL, body, false));
		for (String measure : table.measures()) {
			if (!measure.equals(body) && !measure.startsWith("change")) {
				all.add(new Column(measureHeading(measure), Dimension.TOTAL, measure, false));
			}
		}
		int categories = (int) all.stream().filter(Column::category).count();
		for (float size : SIZES) {
			List<Table> blocks = blocks(table, city, rows, all, size, 1, categories);
			if (blocks != null) {
				return new Layout(size, blocks);
			}
		}
		for (int parts = 2; parts <= categories; parts++) {
			List<Table> blocks = blocks(table, city, rows, all, SIZES[0], parts, categories);
			if (blocks != null) {
				return new Layout(SIZES[0], blocks);
			}
		}
		throw new IllegalStateException("A column of " + table.id() + " is wider than the page");
	}

	private List<Table> blocks(TableDefinition table, String city, List<String> rows, List<Column> all, float size,
			int parts, int categories) throws IOException {
		float label = labelWidth(table, rows, size);
		float available = PdfCanvas.WIDTH - label;
		List<Float> widths = new ArrayList<>();
		for (Column column : all) {
			widths.add(width(table, city, rows, column, size));
		}
		List<List<Integer>> split = split(all.size(), categories, parts);
		if (!split.stream().allMatch((part) -> part.stream().map(widths::get).reduce(0f, Float::sum) <= available)) {
			return null;
		}
		List<Table> blocks = new ArrayList<>();
		for (List<Integer> part : split) {
			blocks.add(block(table, city, rows, part.stream().map(all::get).toList(),
					part.stream().map(widths::get).toList(), label, available));
		}
		return blocks;
	}

	/** The label column: as wide as the longest label on one line, at most {@link #LABEL}. */
	private float labelWidth(TableDefinition table, List<String> rows, float size) throws IOException {
		float width = PdfCanvas.width(this.text.dimension(table.dim1()), this.report.canvas().bold, size) + 6;
		for (String code : rows) {
			width = Math.max(width, PdfCanvas.width(this.text.label(table.dim1(), code), this.report.canvas().bold, size)
					+ 6 + 8);
		}
		return Math.min(LABEL * size / 6.5f, width);
	}

	/** Splits the category columns into {@code parts} even runs; the totals go with the last. */
	private static List<List<Integer>> split(int columns, int categories, int parts) {
		List<List<Integer>> split = new ArrayList<>();
		int per = (categories + parts - 1) / parts;
		for (int from = 0; from < categories; from += per) {
			List<Integer> part = new ArrayList<>();
			for (int i = from; i < Math.min(from + per, categories); i++) {
				part.add(i);
			}
			split.add(part);
		}
		for (int i = categories; i < columns; i++) {
			split.get(split.size() - 1).add(i);
		}
		return split;
	}

	private Table block(TableDefinition table, String city, List<String> rows, List<Column> columns, List<Float> widths,
			float label, float available) {
		float used = widths.stream().reduce(0f, Float::sum);
		float stretch = Math.min(1.25f, available / used);
		float[] w = new float[columns.size() + 1];
		w[0] = label;
		List<String> header = new ArrayList<>(List.of(this.text.dimension(table.dim1())));
		for (int i = 0; i < columns.size(); i++) {
			w[i + 1] = widths.get(i) * stretch;
			header.add(columns.get(i).heading());
		}
		Table.Builder builder = Table.builder(w, header.toArray(String[]::new));
		int spanned = (int) columns.stream().filter(Column::category).count();
		builder.group("", 1);
		if (spanned > 0) {
			builder.group(this.text.dimension(table.dim2()), spanned);
		}
		if (columns.size() > spanned) {
			builder.group("", columns.size() - spanned);
		}
		Set<String> members = members(table.dim1());
		for (String code : rows) {
			List<String> row = new ArrayList<>(List.of(this.text.label(table.dim1(), code)));
			for (Column column : columns) {
				row.add(this.text.cell(cell(table, city, code, column)));
			}
			builder.row(style(table.dim1(), code, members), row);
		}
		return builder.build();
	}

	private Table.Style style(String dimension, String code, Set<String> members) {
		if (Dimension.TOTAL.equals(code)) {
			return Table.Style.TOTAL;
		}
		boolean subtotal = this.report.data()
			.catalog()
			.dimension(dimension)
			.category(code)
			.map(Category::isSubtotal)
			.orElse(false);
		return subtotal ? Table.Style.SUBTOTAL : members.contains(code) ? Table.Style.MEMBER : Table.Style.PLAIN;
	}

	private Set<String> members(String dimension) {
		Set<String> members = new TreeSet<>();
		this.report.data().catalog().dimension(dimension).categories().forEach((c) -> members.addAll(c.members()));
		return members;
	}

	private float width(TableDefinition table, String city, List<String> rows, Column column, float size)
			throws IOException {
		float width = MIN_COLUMN;
		for (String line : column.heading().split("\\n")) {
			width = Math.max(width, PdfCanvas.width(line, this.report.canvas().bold, size) + 6);
		}
		for (String code : rows) {
			String value = this.text.cell(cell(table, city, code, column));
			width = Math.max(width, PdfCanvas.width(value, this.report.canvas().bold, size) + 6);
		}
		return width;
	}

	private List<String> columns(TableDefinition table, String city) {
		TreeSet<String> codes = new TreeSet<>(
				Comparator.comparingInt((String c) -> this.report.data().catalog().categoryRank(table.dim2(), c))
					.thenComparing(Comparator.naturalOrder()));
		this.report.data().cells(table.id(), city, this.report.period()).forEach((c) -> codes.add(c.cat2()));
		return List.copyOf(codes);
	}

	private String heading(String dimension, String code) {
		String heading = ColumnHeadings.of(dimension, code, this.text.lang());
		return (heading != null) ? heading : this.text.label(dimension, code);
	}

	private String measureHeading(String measure) {
		return switch (measure) {
			case "mean_months" -> this.text.m("pdf.cross_table_section.mean_months");
			case "recipients" -> this.text.m("pdf.cross_table_section.reci_pients");
			case "nok_per_month" -> this.text.m("pdf.cross_table_section.nok_per_month");
			default -> this.text.measure(measure);
		};
	}

	private java.util.Optional<Cell> cell(TableDefinition table, String city, String code, Column column) {
		return this.report.data().cell(table.id(), city, this.report.period(), code, column.code(), column.measure());
	}

	/** The full names behind abbreviated column headings, and what the body numbers are; may be empty. */
	private String columnNames(TableDefinition table, String city) {
		String body = table.measures().contains("nok_per_month")
				? this.text.m("pdf.cross_table_section.the_numbers_are_assistance_paid")
				: "";
		if (ColumnHeadings.bare(table.dim2())) {
			return body;
		}
		List<String> names = new ArrayList<>();
		for (String code : columns(table, city)) {
			if (!Dimension.TOTAL.equals(code)) {
				names.add(this.text.label(table.dim2(), code));
			}
		}
		return (body.isEmpty() ? "" : body + " ") + this.text.m("pdf.cross_table_section.columns", String.join("; ", names));
	}

	private float noteHeight(String note) throws IOException {
		if (note.isEmpty()) {
			return 0;
		}
		return PdfCanvas.wrap(note, this.report.canvas().regular, 8, PdfCanvas.WIDTH).size() * 8 * 1.4f + 4;
	}

	private void chart(TableDefinition table, String city) throws IOException {
		String measure = table.measures().contains("mean_months") ? "mean_months"
				: table.measures().contains("nok_per_month") ? "nok_per_month" : null;
		if (measure == null) {
			return;
		}
		List<String> codes = this.report.data()
			.categories(table.id(), city, this.report.period())
			.stream()
			.filter((c) -> !Dimension.UNKNOWN.equals(c) && style(table.dim1(), c, Set.of()) == Table.Style.PLAIN)
			.toList();
		String by = this.text.dimension(table.dim1()).toLowerCase(this.text.locale());
		String caption = (this.report.cities().size() > 1)
				? this.text.m("pdf.cross_table_section.by_in", this.text.measure(measure), this.text.unit(measure), by,
						this.text.region(city))
				: this.text.m("pdf.cross_table_section.by", this.text.measure(measure), this.text.unit(measure), by);
		new DimensionCharts(this.report, table).compact().byCategory(city, codes, measure, this.text.unit(measure), caption);
	}

	/** The blocks of a table and the font size they are drawn at. */
	record Layout(float size, List<Table> blocks) {
	}

	private record Column(String heading, String code, String measure, boolean category) {
	}

}
