package no.kostrabatch.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The DejaVu fonts as AWT fonts for JFreeChart, loaded from the application's resources. */
final class ChartFonts {

	static final Font REGULAR = load("fonts/DejaVuSans.ttf");

	static final Font BOLD = load("fonts/DejaVuSans-Bold.ttf");

	private ChartFonts() {
	}

	private static Font load(String resource) {
		try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(resource)) {
			Font font = Font.createFont(Font.TRUETYPE_FONT, in);
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("The bundled font " + resource + " cannot be read", ex);
		}
	}

	static Font regular(float size) {
		return REGULAR.deriveFont(size);
	}

	static Font bold(float size) {
		return BOLD.deriveFont(size);
	}

}
