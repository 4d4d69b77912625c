package no.kostrabatch.input;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures of the input package and helpers to read them. */
final class Fixtures {

	/** A synthetic fødselsnummer (1 May 1990, month + 80) with valid check digits. */
	static final String FNR_1990 = "01859012325";

	/** A synthetic fødselsnummer (15 August 1970). */
	static final String FNR_1970 = "15887045663";

	/** A synthetic fødselsnummer (17 April 1988). */
	static final String FNR_1988 = "17848834548";

	/** A synthetic fødselsnummer (24 September 1981). */
	static final String FNR_1981 = "24898123436";

	/** A synthetic fødselsnummer (1 May 1990, another individual number). */
	static final String FNR_1990_B = "01859012406";

	static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser("a test key of at least 16 bytes".getBytes());

	private Fixtures() {
	}

	static Path file(String name) {
		URL url = Fixtures.class.getResource("/fixtures/input/" + name);
		if (url == null) {
			throw new IllegalArgumentException("No fixture " + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<ParsedLine> readAll(Path file, ColumnMapping mapping) throws IOException {
		List<ParsedLine> lines = new ArrayList<>();
		try (ExtractReader reader = ExtractReaders.open(file, PSEUDONYMISER, mapping)) {
			for (ParsedLine line = reader.next(); line != null; line = reader.next()) {
				lines.add(line);
			}
		}
		return lines;
	}

	static List<PersonMonth> facts(List<ParsedLine> lines) {
		return lines.stream()
			.filter(ParsedLine.Facts.class::isInstance)
			.flatMap((line) -> ((ParsedLine.Facts) line).facts().stream())
			.toList();
	}

	static String key(String fnr) {
		return PSEUDONYMISER.personKey(fnr, "", "", "").orElseThrow();
	}

}
