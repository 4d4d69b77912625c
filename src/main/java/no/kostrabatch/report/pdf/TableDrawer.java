package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a {@link Table} at the cursor: shaded header (repeated after a page break, header cells
 * broken at their line breaks), labels wrapped in the first column, numbers right-aligned, light
 * bands on every second row, a rule above the totals, and subtotals shaded with their members
 * indented below them.
 */
final class TableDrawer {

	private static final float PAD = 3;

	private static final float INDENT = 8;

	private final PdfCanvas canvas;

	private final float size;

	private final String continued;

	TableDrawer(PdfCanvas canvas, float size) {
		this(canvas, size, null);
	}

	/** A drawer that repeats {@code continued} (the table's heading with "(forts.)") above the header on every new page. */
	TableDrawer(PdfCanvas canvas, float size, String continued) {
		this.canvas = canvas;
		this.size = size;
		this.continued = continued;
	}

	void draw(Table table) throws IOException {
		float total = 0;
		for (float w : table.widths()) {
			total += w;
		}
		this.canvas.ensure(height(table.rows().get(0), table) * 3 + headerHeight(table));
		header(table, total);
		for (int r = 0; r < table.rows().size(); r++) {
			Table.Row row = table.rows().get(r);
			float height = height(row, table);
			if (this.canvas.remaining() < height) {
				this.canvas.newPage();
				if (this.continued != null) {
					this.canvas.paragraph(this.continued, this.canvas.bold, 9, PdfCanvas.MARGIN, PdfCanvas.WIDTH);
				}
				header(table, total);
			}
			float top = this.canvas.y();
			if (row.style() == Table.Style.SUBTOTAL) {
				this.canvas.fill(PdfCanvas.MARGIN, top - height, total, height, 0.90f, 0.90f);
			}
			else if (r % 2 == 1) {
				this.canvas.fill(PdfCanvas.MARGIN, top - height, total, height, 0.96f, 0.96f);
			}
			if (row.bold()) {
				this.canvas.line(PdfCanvas.MARGIN, top, PdfCanvas.MARGIN + total, top, 0.6f);
			}
			cells(row.cells(), table.widths(), row.bold() ? this.canvas.bold : this.canvas.regular, top, indent(row));
			this.canvas.moveTo(top - height);
		}
		float bottom = this.canvas.y();
		this.canvas.line(PdfCanvas.MARGIN, bottom, PdfCanvas.MARGIN + total, bottom, 0.6f);
		this.canvas.space(this.size * 1.2f);
	}

	private void header(Table table, float total) throws IOException {
		float top = this.canvas.y();
		int headerLines = headerLines(table);
		float height = headerHeight(table);
		this.canvas.fill(PdfCanvas.MARGIN, top - height, total, height, 0.87f, 0.93f);
		if (!table.groups().isEmpty()) {
			float x = PdfCanvas.MARGIN;
			int column = 0;
			for (Table.Group group : table.groups()) {
				float width = 0;
				for (int i = 0; i < group.span(); i++) {
					width += table.widths()[column++];
				}
				String text = fit(group.text(), this.canvas.bold, width - 2 * PAD);
				float tw = PdfCanvas.width(text, this.canvas.bold, this.size);
				this.canvas.write(text, this.canvas.bold, this.size, x + (width - tw) / 2, top - lineHeight() + PAD);
				if (!group.text().isEmpty()) {
					this.canvas.line(x + PAD, top - lineHeight(), x + width - PAD, top - lineHeight(), 0.4f);
				}
				x += width;
			}
			top -= lineHeight();
		}
		if (headerLines == 1) {
			cells(table.header(), table.widths(), this.canvas.bold, top, 0);
		}
		else {
			multiLineHeader(table, top, headerLines);
		}
		this.canvas.moveTo(this.canvas.y() - height);
	}

	/** The height of the whole table with its header, as drawn on one page. */
	float height(Table table) throws IOException {
		float height = headerHeight(table) + this.size * 1.2f;
		for (Table.Row row : table.rows()) {
			height += height(row, table);
		}
		return height;
	}

	private float headerHeight(Table table) {
		return ((table.groups().isEmpty() ? 0 : 1) + headerLines(table)) * lineHeight() + PAD;
	}

	private static int headerLines(Table table) {
		int lines = 1;
		for (String cell : table.header()) {
			lines = Math.max(lines, cell.split("\n").length);
		}
		return lines;
	}

	/** Header cells with line breaks, each line right-aligned and the last lines at the bottom. */
	private void multiLineHeader(Table table, float top, int lines) throws IOException {
		float x = PdfCanvas.MARGIN;
		for (int c = 0; c < table.widths().length && c < table.header().length; c++) {
			String[] parts = table.header()[c].split("\n");
			float width = table.widths()[c];
			for (int i = 0; i < parts.length; i++) {
				int line = lines - parts.length + i;
				String text = fit(parts[i], this.canvas.bold, width - 2 * PAD);
				float tx = (c == 0) ? x + PAD : x + width - PAD - PdfCanvas.width(text, this.canvas.bold, this.size);
				this.canvas.write(text, this.canvas.bold, this.size, tx, top - (line + 1) * lineHeight() + PAD);
			}
			x += width;
		}
	}

	private static float indent(Table.Row row) {
		return (row.style() == Table.Style.MEMBER) ? INDENT : 0;
	}

	private void cells(String[] cells, float[] widths, PDFont font, float top, float indent) throws IOException {
		float x = PdfCanvas.MARGIN;
		for (int c = 0; c < widths.length && c < cells.length; c++) {
			if (c == 0) {
				float width = widths[0] - 2 * PAD - indent;
				List<String> lines = PdfCanvas.wrap(cells[0], font, this.size, width);
				for (int i = 0; i < lines.size(); i++) {
					this.canvas.write(fit(lines.get(i), font, width), font, this.size, x + PAD + indent,
							top - (i + 1) * lineHeight() + PAD);
				}
			}
			else {
				String text = fit(cells[c], font, widths[c] - 2 * PAD);
				float tw = PdfCanvas.width(text, font, this.size);
				this.canvas.write(text, font, this.size, x + widths[c] - PAD - tw, top - lineHeight() + PAD);
			}
			x += widths[c];
		}
	}

	private float height(Table.Row row, Table table) throws IOException {
		PDFont font = row.bold() ? this.canvas.bold : this.canvas.regular;
		int lines = PdfCanvas.wrap(row.cells()[0], font, this.size, table.widths()[0] - 2 * PAD - indent(row)).size();
		return Math.max(1, lines) * lineHeight() + PAD;
	}

	private float lineHeight() {
		return this.size * 1.35f;
	}

	private String fit(String text, PDFont font, float width) throws IOException {
		String t = text;
		while (t.length() > 2 && PdfCanvas.width(t, font, this.size) > width) {
			t = t.substring(0, t.length() - 2) + "…";
		}
		return t;
	}

}
