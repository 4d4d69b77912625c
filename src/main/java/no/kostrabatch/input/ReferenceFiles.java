package no.kostrabatch.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The reference lists in {@code src/main/resources/reference/}: {@code ;}-separated UTF-8 with a header row. */
public final class ReferenceFiles {

	private ReferenceFiles() {
	}

	/** The rows of a reference list after its header, blank lines left out. */
	public static List<String[]> rows(String resource) {
		InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing reference data " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter((l) -> !l.isBlank()).map((l) -> l.split(";", -1)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
