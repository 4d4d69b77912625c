package no.kostrabatch.input;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.module.SimpleModule;

import org.springframework.lang.Nullable;

/**
 * A column mapping file as written, bound by {@link YamlFiles}: {@code columns} (their header name:
 * our column) and {@code codes} (our column: {their code: ours}); every value is text.
 */
record ColumnMappingFile(@Nullable Map<String, CsvColumn> columns,
		@Nullable Map<CsvColumn, Map<String, ColumnMappingFile.Code>> codes) {

	/** A code as written, kept as text ({@code 04} stays {@code 04}). */
	record Code(String value) {

	}

	/**
	 * Columns that hold identifiers or personal data: they are pseudonymised (or reduced to a birth
	 * year) as they are, never recoded.
	 */
	static final Set<CsvColumn> NOT_RECODED = EnumSet.of(CsvColumn.PERSON_FODSELSNR, CsvColumn.PERSON_DUF,
			CsvColumn.PERSON_JOURNALNR, CsvColumn.FODSELSDATO, CsvColumn.SAKSBEHANDLER);

	private static final List<String> COLUMNS = Arrays.stream(CsvColumn.values()).map(Enum::name).toList();

	static final SimpleModule VALUES = new SimpleModule("column-mapping")
		.addDeserializer(CsvColumn.class, YamlFiles.oneOf(CsvColumn.class, ColumnMappingFile::column, COLUMNS))
		.addKeyDeserializer(CsvColumn.class,
				YamlFiles.keyOf(ColumnMappingFile::column,
						(column) -> NOT_RECODED.contains(column)
								? "holds identifiers or personal data, which are pseudonymised as they are and never recoded"
								: null,
						"column", COLUMNS))
		.addDeserializer(Code.class, YamlFiles.scalar(Code.class, Code::new, "a code (text)"));

	ColumnMapping mapping() {
		Map<CsvColumn, Map<String, String>> recodes = new HashMap<>();
		if (this.codes != null) {
			this.codes.forEach((column, recode) -> {
				Map<String, String> map = new HashMap<>();
				if (recode != null) {
					recode.forEach((from, to) -> map.put(from, to.value()));
				}
				recodes.put(column, map);
			});
		}
		return new ColumnMapping((this.columns != null) ? this.columns : Map.of(), recodes);
	}

	private static CsvColumn column(String name) {
		return CsvColumn.valueOf(name.replace("\uFEFF", "").trim().toUpperCase(Locale.ROOT));
	}

}
