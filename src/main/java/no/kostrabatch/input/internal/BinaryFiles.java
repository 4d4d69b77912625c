package no.kostrabatch.input.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises the binary files people give instead of an extract (a workbook, a PDF, an archive)
 * from their first bytes, so that the message can say what the file is and what to do.
 */
public final class BinaryFiles {

	private static final String EXPORT = "export it as CSV (semicolon-separated, UTF-8) and try again";

	private BinaryFiles() {
	}

	/** One sentence saying what the file is and what to do, or empty for a text file. */
	public static Optional<String> describe(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(4096);
		}
		String name = String.valueOf(file.getFileName());
		String kind = kind(head);
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if ("a ZIP archive".equals(kind) && (lower.endsWith(".xlsx") || lower.endsWith(".xlsm"))) {
			kind = "an Excel workbook";
		}
		return Optional.ofNullable(kind).map((k) -> name + " is " + k + ", not a text file; " + advice(k) + ".");
	}

	private static String advice(String kind) {
		return kind.contains("workbook") || kind.contains("spreadsheet") ? EXPORT
				: "give the extract itself: a CSV file (semicolon-separated, UTF-8) or an 11F file";
	}

	static String kind(byte[] head) {
		if (startsWith(head, 'P', 'K', 3, 4)) {
			String text = new String(head, StandardCharsets.ISO_8859_1);
			if (text.contains("xl/") || text.contains("[Content_Types].xml")) {
				return text.contains("word/") ? "a Word document" : "an Excel workbook";
			}
			return text.contains("opendocument.spreadsheet") ? "an OpenDocument spreadsheet" : "a ZIP archive";
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return "an Excel 97-2003 workbook (or another Office 97-2003 file)";
		}
		if (startsWith(head, '%', 'P', 'D', 'F')) {
			return "a PDF document";
		}
		if (startsWith(head, 0x1F, 0x8B)) {
			return "a gzip archive";
		}
		if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
			return null;
		}
		int control = 0;
		for (byte b : head) {
			if (b != 0 && (b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
				control++;
			}
		}
		return (control > head.length / 10) ? "a binary file" : null;
	}

	private static boolean startsWith(byte[] head, int... prefix) {
		if (head.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((head[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
