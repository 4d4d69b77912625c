package no.kostrabatch.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every report text is in every language's bundle, every key in the code exists, and none is unused. */
class MessagesTests {

	private static final Path SOURCES = Path.of("src/main/java/no/kostrabatch/report");

	/** A message key as the code writes it: a string literal {@code "<package>.<class>.<words>"}. */
	private static final Pattern USE = Pattern
		.compile("\"((?:report|csv|excel|json|pdf|text|control)\\.[a-z0-9_]+\\.[a-z0-9_]+)\"");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Map<Lang, Properties> bundles = bundles();
		Set<String> nb = bundles.get(Lang.NB).stringPropertyNames();
		for (Lang lang : Lang.values()) {
			assertThat(bundles.get(lang).stringPropertyNames()).as(lang.name()).isEqualTo(nb);
		}
	}

	@Test
	void everyKeyTheReportsUseExistsAndEveryKeyIsUsed() throws IOException {
		Set<String> used = usedKeys();
		for (Properties bundle : bundles().values()) {
			assertThat(new TreeSet<>(bundle.stringPropertyNames())).isEqualTo(used);
		}
	}

	@Test
	void aMessageTakesTheSameArgumentsInEveryLanguage() throws IOException {
		Map<Lang, Properties> bundles = bundles();
		for (String key : bundles.get(Lang.NB).stringPropertyNames()) {
			Set<String> arguments = arguments(bundles.get(Lang.NB).getProperty(key));
			for (Lang lang : Lang.values()) {
				assertThat(arguments(bundles.get(lang).getProperty(key))).as(lang + " " + key).isEqualTo(arguments);
			}
		}
	}

	@Test
	void quotesAreDoubledOnlyInPatterns() throws IOException {
		for (Properties bundle : bundles().values()) {
			for (String key : bundle.stringPropertyNames()) {
				String text = bundle.getProperty(key);
				String withoutPairs = text.replace("''", "");
				if (arguments(text).isEmpty()) {
					assertThat(text).as(key).doesNotContain("''");
				}
				else {
					assertThat(withoutPairs).as(key).doesNotContain("'");
				}
			}
		}
	}

	@Test
	void everyMessageKeepsItsApostrophesAndLeavesNoPlaceholder() throws IOException {
		for (Lang lang : Lang.values()) {
			Messages messages = new Messages(lang);
			Properties bundle = bundles().get(lang);
			for (String key : bundle.stringPropertyNames()) {
				String pattern = bundle.getProperty(key);
				Object[] args = arguments(pattern).stream().map((n) -> "<" + n + ">").toArray();
				String expected = ARGUMENT.matcher(arguments(pattern).isEmpty() ? pattern : pattern.replace("''", "'"))
					.replaceAll("<$1>");
				String text = messages.get(key, args);
				assertThat(text).as(lang + " " + key).isEqualTo(expected).doesNotContain("{").doesNotContain("}");
			}
		}
		assertThat(new Messages(Lang.EN).get("pdf.notes_section.the_figures_are_counted_from", "a.csv"))
			.isEqualTo("The figures are counted from the municipalities' case systems by Statistics Norway's "
					+ "definitions for KOSTRA form 11F, with kostra-batch. Files: a.csv.");
	}

	@Test
	void fillsInArgumentsAsText() {
		assertThat(new Messages(Lang.NB).get("pdf.notes_section.and_more_files", "a.csv, b.csv", 1234))
			.isEqualTo("a.csv, b.csv og 1234 filer til");
		assertThat(new Messages(Lang.EN).get("pdf.cross_table_section.the_tables_cross_two_characteristics", "Bergen"))
			.startsWith("The tables cross two characteristics as in Statistics Norway's tables on social assistance, for Bergen.");
		assertThat(new Messages(Lang.EN).get("excel.columns.change", 2024, 2025)).isEqualTo("Change 2024–2025");
	}

	private static Set<String> arguments(String pattern) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(pattern);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
				Matcher matcher = USE.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		return used;
	}

	private static Map<Lang, Properties> bundles() throws IOException {
		Map<Lang, Properties> bundles = new TreeMap<>();
		for (Lang lang : Lang.values()) {
			Properties properties = new Properties();
			String name = Messages.BUNDLE + "_" + Messages.locale(lang).getLanguage() + ".properties";
			try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
				properties.load(in);
			}
			bundles.put(lang, properties);
		}
		return bundles;
	}

}
