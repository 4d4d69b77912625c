package no.kostrabatch.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A municipality's own column names and codes, mapped to the extract's: {@code columns} maps their
 * header names to ours, {@code codes} recodes values per column. Example:
 *
 * <pre>
 * columns: {FNR: PERSON_FODSELSNR, KOMMUNE: KOMMUNE_NR}
 * codes: {KJONN: {M: "1", K: "2"}}
 * </pre>
 */
public final class ColumnMapping {

	private final Map<String, CsvColumn> columns;

	private final Map<CsvColumn, Map<String, String>> codes;

	public ColumnMapping(Map<String, CsvColumn> columns, Map<CsvColumn, Map<String, String>> codes) {
		this.columns = new HashMap<>();
		columns.forEach((name, column) -> this.columns.put(name.trim().toUpperCase(Locale.ROOT), column));
		this.codes = new EnumMap<>(CsvColumn.class);
		this.codes.putAll(codes);
	}

	/** No mapping: the extract uses our names and codes. */
	public static ColumnMapping none() {
		return new ColumnMapping(Map.of(), Map.of());
	}

	@SuppressWarnings("unchecked")
	public static ColumnMapping load(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<String, CsvColumn> columns = new HashMap<>();
			((Map<String, Object>) yaml.getOrDefault("columns", Map.of()))
				.forEach((theirs, ours) -> columns.put(theirs, column(String.valueOf(ours), file)));
			Map<CsvColumn, Map<String, String>> codes = new EnumMap<>(CsvColumn.class);
			((Map<String, Map<Object, Object>>) yaml.getOrDefault("codes", Map.of())).forEach((column, recode) -> {
				Map<String, String> map = new HashMap<>();
				recode.forEach((from, to) -> map.put(String.valueOf(from), String.valueOf(to)));
				codes.put(column(column, file), map);
			});
			return new ColumnMapping(columns, codes);
		}
		catch (IOException ex) {
			throw new InputFileException("Cannot read the column mapping " + file.getFileName() + ".");
		}
		catch (ClassCastException | NullPointerException ex) {
			throw new InputFileException("The column mapping " + file.getFileName()
					+ " must have 'columns' (their name: our name) and 'codes' (column: {from: to}).");
		}
	}

	/** Our column for a header name (after mapping), if it is one. */
	public CsvColumn column(String header) {
		String name = header.trim().toUpperCase(Locale.ROOT);
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

	/** A value recoded for its column. */
	public String code(CsvColumn column, String value) {
		Map<String, String> recode = this.codes.get(column);
		return (recode != null) ? recode.getOrDefault(value, value) : value;
	}

	private static CsvColumn column(String name, Path file) {
		try {
			return CsvColumn.valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InputFileException(
					"The column mapping " + file.getFileName() + " names an unknown column '" + name + "'.");
		}
	}

}
