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
 * The page layout: A4 portrait pages with a cursor that runs down the page, wrapped headings and
 * paragraphs, and charts drawn as vector graphics. The DejaVu fonts are embedded (subset) both in
 * the text and in the charts, so æøå and the minus sign are real text everywhere.
 */
final class PdfCanvas implements AutoCloseable {

	static final float MARGIN = 56;

	static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	static final float TOP = PDRectangle.A4.getHeight() - MARGIN;

	static final float BOTTOM = MARGIN + 20;

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
			if (in == null) {
				throw new IOException("The font " + resource + " is missing from the application");
			}
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

	/** The number of pages so far; the current page is this number. */
	int pageCount() {
		return this.document.getNumberOfPages();
	}

	/** Starts a new page unless {@code height} points still fit on this one. */
	void ensure(float height) throws IOException {
		if (this.stream == null || this.y - height < BOTTOM) {
			newPage();
		}
	}

	float remaining() {
		return this.y - BOTTOM;
	}

	boolean atTop() {
		return this.y >= TOP;
	}

	void space(float points) {
		this.y -= points;
	}

	float y() {
		return this.y;
	}

	void heading(String text, float size) throws IOException {
		List<String> lines = wrap(text, this.bold, size, WIDTH);
		ensure(size * 1.3f * lines.size() + size * 3);
		this.y -= atTop() ? size * 0.8f : size * 1.2f;
		for (String line : lines) {
			write(line, this.bold, size, MARGIN, this.y);
			this.y -= size * 1.3f;
		}
		this.y -= size * 0.3f;
	}

	void paragraph(String text, float size) throws IOException {
		paragraph(text, this.regular, size, MARGIN, WIDTH);
	}

	/** A paragraph wrapped to {@code width}, starting at {@code x}. */
	void paragraph(String text, PDFont font, float size, float x, float width) throws IOException {
		for (String line : wrap(text, font, size, width)) {
			ensure(size * 1.5f);
			write(line, font, size, x, this.y - size);
			this.y -= size * 1.4f;
		}
		this.y -= size * 0.5f;
	}

	/** A chart drawn as vector graphics, full width, below the cursor. */
	void chart(JFreeChart chart, float height) throws IOException {
		ensure(height + 8);
		PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(this.document, WIDTH, height);
		graphics.setFontTextDrawer(this.chartFonts);
		chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
		graphics.dispose();
		PDFormXObject form = graphics.getXFormObject();
		this.stream.saveGraphicsState();
		this.stream.transform(Matrix.getTranslateInstance(MARGIN, this.y - height));
		this.stream.drawForm(form);
		this.stream.restoreGraphicsState();
		this.y -= height + 8;
	}

	void write(String text, PDFont font, float size, float x, float atY) throws IOException {
		this.stream.beginText();
		this.stream.setFont(font, size);
		this.stream.newLineAtOffset(x, atY);
		this.stream.showText(text);
		this.stream.endText();
	}

	void fill(float x, float atY, float width, float height, float grey, float blue) throws IOException {
		this.stream.setNonStrokingColor(grey, grey, blue);
		this.stream.addRect(x, atY, width, height);
		this.stream.fill();
		this.stream.setNonStrokingColor(0f, 0f, 0f);
	}

	void line(float x1, float y1, float x2, float y2, float width) throws IOException {
		this.stream.setStrokingColor(0.45f, 0.45f, 0.45f);
		this.stream.setLineWidth(width);
		this.stream.moveTo(x1, y1);
		this.stream.lineTo(x2, y2);
		this.stream.stroke();
	}

	/** Moves the cursor to an absolute height on the current page. */
	void moveTo(float atY) {
		this.y = atY;
	}

	static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** Splits a text into lines that fit {@code width}; a word longer than the line stands alone. */
	static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(candidate, font, size) > width && !line.isEmpty()) {
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

	private void closeStream() throws IOException {
		if (this.stream != null) {
			this.stream.close();
			this.stream = null;
		}
	}

	/** Closes the last page; pages can then be inserted and footers added. */
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
