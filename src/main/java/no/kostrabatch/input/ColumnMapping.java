package no.kostrabatch.input;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
 * kept as it is. Identifier columns (fødselsnummer, DUF and journal numbers, birth dates, case
 * workers) cannot be recoded: they are pseudonymised at the door as they are.
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
	 * Reads a mapping file (YAML with {@code columns} and/or {@code codes}, bound by Jackson): an
	 * unknown key or column, a recoding of an identifier column, a value of the wrong type, broken
	 * YAML, an empty or a missing file is one sentence with the file, line and key.
	 * @throws YamlFileException when the file is missing, unreadable, empty or wrong
	 */
	public static ColumnMapping load(Path file) {
		return YamlFiles.read(file, "column mapping", ColumnMappingFile.class, ColumnMappingFile.VALUES).mapping();
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

}
