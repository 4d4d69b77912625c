package no.kostrabatch.report.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * A4 pages with a cursor: headings, wrapped paragraphs, tables and vector charts, with embedded
 * DejaVu fonts (æøå and the minus sign) in the text and in the charts.
 */
final class PdfCanvas implements AutoCloseable {

	static final float MARGIN = 56;

	static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;

	private static final float BOTTOM = MARGIN + 24;

	final PDDocument document = new PDDocument();

	final PDFont regular;

	final PDFont bold;

	private final PdfBoxGraphics2DFontTextDrawer chartFonts = new PdfBoxGraphics2DFontTextDrawer();

	private PDPageContentStream stream;

	private float y;

	PdfCanvas() throws IOException {
		this.regular = load("fonts/DejaVuSans.ttf");
		this.bold = load("fonts/DejaVuSans-Bold.ttf");
		this.chartFonts.registerFont(ChartFonts.REGULAR.getFontName(), this.regular);
		this.chartFonts.registerFont(ChartFonts.REGULAR.getFamily(), this.regular);
		this.chartFonts.registerFont(ChartFonts.BOLD.getFontName(), this.bold);
	}

	private PDFont load(String resource) throws IOException {
		try (InputStream in = PdfCanvas.class.getClassLoader().getResourceAsStream(resource)) {
			return PDType0Font.load(this.document, in, true);
		}
	}

	void newPage() throws IOException {
		closeStream();
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.stream = new PDPageContentStream(this.document, page);
		this.y = TOP;
	}

	int pageCount() {
		return this.document.getNumberOfPages();
	}

	/** Starts a new page unless {@code height} points still fit on this one. */
	void ensure(float height) throws IOException {
		if (this.stream == null || this.y - height < BOTTOM) {
			newPage();
		}
	}

	void space(float points) {
		this.y -= points;
	}

	void heading(String text, float size) throws IOException {
		ensure(size * 3);
		this.y -= size * 0.6f;
		write(text, this.bold, size, MARGIN, this.y);
		this.y -= size * 1.2f;
	}

	/** A paragraph wrapped to the page width. */
	void paragraph(String text, float size) throws IOException {
		for (String line : wrap(text, this.regular, size, WIDTH)) {
			ensure(size * 1.5f);
			write(line, this.regular, size, MARGIN, this.y);
			this.y -= size * 1.4f;
		}
		this.y -= size * 0.5f;
	}

	/** A table: first row is the header; first column left-aligned, the rest right-aligned. */
	void table(List<String[]> rows, float[] widths, float size, List<Integer> boldRows) throws IOException {
		float rowHeight = size * 1.6f;
		for (int r = 0; r < rows.size(); r++) {
			ensure(rowHeight * ((r == 0) ? 3 : 1));
			boolean header = r == 0;
			PDFont font = (header || boldRows.contains(r)) ? this.bold : this.regular;
			if (header) {
				this.stream.setNonStrokingColor(0.88f, 0.9f, 0.93f);
				this.stream.addRect(MARGIN, this.y - size * 0.45f, sum(widths), rowHeight);
				this.stream.fill();
				this.stream.setNonStrokingColor(0f, 0f, 0f);
			}
			float x = MARGIN;
			for (int c = 0; c < widths.length && c < rows.get(r).length; c++) {
				String text = fit(rows.get(r)[c], font, size, widths[c] - 6);
				float textWidth = font.getStringWidth(text) / 1000 * size;
				float tx = (c == 0) ? x + 3 : x + widths[c] - 3 - textWidth;
				write(text, font, size, tx, this.y);
				x += widths[c];
			}
			this.y -= rowHeight;
		}
		this.stream.setStrokingColor(0.6f, 0.6f, 0.6f);
		this.stream.moveTo(MARGIN, this.y + rowHeight - size * 0.45f);
		this.stream.lineTo(MARGIN + sum(widths), this.y + rowHeight - size * 0.45f);
		this.stream.stroke();
		this.y -= size;
	}

	/** A chart drawn as vector graphics, full width. */
	void chart(JFreeChart chart, float height) throws IOException {
		ensure(height + 10);
		PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(this.document, WIDTH, height);
		graphics.setFontTextDrawer(this.chartFonts);
		chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
		graphics.dispose();
		PDFormXObject form = graphics.getXFormObject();
		this.stream.saveGraphicsState();
		this.stream.transform(Matrix.getTranslateInstance(MARGIN, this.y - height));
		this.stream.drawForm(form);
		this.stream.restoreGraphicsState();
		this.y -= height + 10;
	}

	void text(String text, PDFont font, float size, float x, float atY) throws IOException {
		write(text, font, size, x, atY);
	}

	float y() {
		return this.y;
	}

	PDPageContentStream stream() {
		return this.stream;
	}

	private void write(String text, PDFont font, float size, float x, float atY) throws IOException {
		this.stream.beginText();
		this.stream.setFont(font, size);
		this.stream.newLineAtOffset(x, atY);
		this.stream.showText(text);
		this.stream.endText();
	}

	static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static String fit(String text, PDFont font, float size, float width) throws IOException {
		String t = text;
		while (t.length() > 3 && font.getStringWidth(t) / 1000 * size > width) {
			t = t.substring(0, t.length() - 2) + "…";
			t = t.replace("……", "…");
		}
		return t;
	}

	private static float sum(float[] widths) {
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		return total;
	}

	private void closeStream() throws IOException {
		if (this.stream != null) {
			this.stream.close();
			this.stream = null;
		}
	}

	/** Finishes the pages (closes the last stream); footers are added afterwards. */
	void finish() throws IOException {
		closeStream();
	}

	@Override
	public void close() throws IOException {
		closeStream();
		this.chartFonts.close();
		this.document.close();
	}

}
