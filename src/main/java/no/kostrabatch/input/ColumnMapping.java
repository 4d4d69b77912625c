package no.kostrabatch.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A municipality's own column names and codes, mapped to the extract's: {@code columns} maps their
 * header names (case-insensitive) to ours, {@code codes} recodes values per column (ours). Example:
 *
 * <pre>
 * columns: {FNR: PERSON_FODSELSNR, KOMMUNE: KOMMUNE_NR, Utbetalt: BIDRAG}
 * codes: {KJONN: {M: 1, K: 2}, TRYGDESIT: {A: 04}, STATSBORGERSKAP: {Norge: NO}}
 * </pre>
 *
 * Every YAML value is read as text ({@code 04} stays {@code 04}). A value without a recoding is
 * kept as it is.
 *
 * @param columns their header name (upper case, trimmed) → our column
 * @param codes our column → (their code → our code)
 */
public record ColumnMapping(Map<String, CsvColumn> columns, Map<CsvColumn, Map<String, String>> codes) {

	public ColumnMapping {
		Map<String, CsvColumn> names = new HashMap<>();
		columns.forEach((name, column) -> names.put(normalise(name), column));
		columns = Collections.unmodifiableMap(names);
		Map<CsvColumn, Map<String, String>> recodes = new EnumMap<>(CsvColumn.class);
		codes.forEach((column, recode) -> {
			Map<String, String> trimmed = new HashMap<>();
			recode.forEach((from, to) -> trimmed.put(from.trim(), to.trim()));
			recodes.put(column, Collections.unmodifiableMap(trimmed));
		});
		codes = Collections.unmodifiableMap(recodes);
	}

	/** No mapping: the extract uses our names and codes. */
	public static ColumnMapping none() {
		return new ColumnMapping(Map.of(), Map.of());
	}

	/**
	 * Reads a mapping file (YAML with {@code columns} and/or {@code codes}).
	 * @throws InputFileException when the file cannot be read or names an unknown column
	 */
	@SuppressWarnings("unchecked")
	public static ColumnMapping load(Path file) {
		String name = String.valueOf(file.getFileName());
		try (InputStream in = Files.newInputStream(file)) {
			Object loaded = plainStrings().load(in);
			Map<String, Object> yaml = (loaded != null) ? (Map<String, Object>) loaded : Map.of();
			Map<String, CsvColumn> columns = new HashMap<>();
			((Map<Object, Object>) yaml.getOrDefault("columns", Map.of()))
				.forEach((theirs, ours) -> columns.put(String.valueOf(theirs), column(String.valueOf(ours), name)));
			Map<CsvColumn, Map<String, String>> codes = new EnumMap<>(CsvColumn.class);
			((Map<Object, Map<Object, Object>>) yaml.getOrDefault("codes", Map.of())).forEach((column, recode) -> {
				Map<String, String> map = new HashMap<>();
				recode.forEach((from, to) -> map.put(String.valueOf(from), String.valueOf(to)));
				codes.put(column(String.valueOf(column), name), map);
			});
			return new ColumnMapping(columns, codes);
		}
		catch (NoSuchFileException ex) {
			throw new InputFileException("The column mapping " + name + " does not exist.");
		}
		catch (IOException ex) {
			throw new InputFileException("Cannot read the column mapping " + name + ".");
		}
		catch (ClassCastException | NullPointerException | YAMLException ex) {
			throw new InputFileException("The column mapping " + name
					+ " must be YAML with 'columns' (their name: our name) and 'codes' (our column: {their code: ours}).");
		}
	}

	/** A YAML reader that keeps every scalar a string, so that code {@code 04} stays {@code "04"}. */
	private static Yaml plainStrings() {
		LoaderOptions options = new LoaderOptions();
		Resolver noImplicitTypes = new Resolver() {

			@Override
			protected void addImplicitResolvers() {
			}

		};
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, noImplicitTypes);
	}

	/** Our column for a header name (mapped, else our own name, case-insensitive), or {@code null}. */
	public CsvColumn column(String header) {
		String name = normalise(header);
		CsvColumn mapped = this.columns.get(name);
		if (mapped != null) {
			return mapped;
		}
		try {
			return CsvColumn.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A (trimmed) value recoded for its column. */
	public String code(CsvColumn column, String value) {
		Map<String, String> recode = this.codes.get(column);
		return (recode != null) ? recode.getOrDefault(value, value) : value;
	}

	private static String normalise(String header) {
		return header.replace("\uFEFF", "").trim().toUpperCase(Locale.ROOT);
	}

	private static CsvColumn column(String name, String file) {
		try {
			return CsvColumn.valueOf(normalise(name));
		}
		catch (IllegalArgumentException ex) {
			throw new InputFileException("The column mapping " + file + " names an unknown column '" + name
					+ "'; the columns are those of the CSV extract, e.g. KOMMUNE_NR or PERSON_FODSELSNR.");
		}
	}

}
