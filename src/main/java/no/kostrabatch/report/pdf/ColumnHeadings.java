package no.kostrabatch.report.pdf;

import java.util.Map;

import no.kostrabatch.report.Messages;
import no.kostrabatch.statistics.Lang;

/**
 * Short column headings for the second dimension of SSB's two-dimension tables, so that a dozen
 * columns fit across an A4 page; a line break splits a heading over two lines. The words are in the
 * message bundles ({@code pdf.column_headings.<dimension>_<code>}). Codes without a
 * short heading take their full label.
 */
final class ColumnHeadings {

	/** The message key of each short heading, per dimension and code. */
	private static final Map<String, Map<String, String>> SHORT = Map.ofEntries(
			Map.entry("income_source", Map.ofEntries(
					Map.entry("1", "pdf.column_headings.income_source_1"),
					Map.entry("2", "pdf.column_headings.income_source_2"),
					Map.entry("3", "pdf.column_headings.income_source_3"),
					Map.entry("4", "pdf.column_headings.income_source_4"),
					Map.entry("5", "pdf.column_headings.income_source_5"),
					Map.entry("6", "pdf.column_headings.income_source_6"),
					Map.entry("7", "pdf.column_headings.income_source_7"),
					Map.entry("8", "pdf.column_headings.income_source_8"),
					Map.entry("9", "pdf.column_headings.income_source_9"),
					Map.entry("unknown", "pdf.column_headings.income_source_unknown"))),
			Map.entry("work_situation", Map.ofEntries(
					Map.entry("01", "pdf.column_headings.work_situation_01"),
					Map.entry("02", "pdf.column_headings.work_situation_02"),
					Map.entry("03", "pdf.column_headings.work_situation_03"),
					Map.entry("04", "pdf.column_headings.work_situation_04"),
					Map.entry("05", "pdf.column_headings.work_situation_05"),
					Map.entry("06", "pdf.column_headings.work_situation_06"),
					Map.entry("07", "pdf.column_headings.work_situation_07"),
					Map.entry("08", "pdf.column_headings.work_situation_08"),
					Map.entry("09", "pdf.column_headings.work_situation_09"),
					Map.entry("10", "pdf.column_headings.work_situation_10"),
					Map.entry("unknown", "pdf.column_headings.work_situation_unknown"))),
			Map.entry("benefit_type", Map.ofEntries(
					Map.entry("01", "pdf.column_headings.benefit_type_01"),
					Map.entry("02", "pdf.column_headings.benefit_type_02"),
					Map.entry("04", "pdf.column_headings.benefit_type_04"),
					Map.entry("05", "pdf.column_headings.benefit_type_05"),
					Map.entry("06", "pdf.column_headings.benefit_type_06"),
					Map.entry("07", "pdf.column_headings.benefit_type_07"),
					Map.entry("09", "pdf.column_headings.benefit_type_09"),
					Map.entry("10", "pdf.column_headings.benefit_type_10"),
					Map.entry("11", "pdf.column_headings.benefit_type_11"),
					Map.entry("12", "pdf.column_headings.benefit_type_12"),
					Map.entry("13", "pdf.column_headings.benefit_type_13"),
					Map.entry("unknown", "pdf.column_headings.benefit_type_unknown"))));

	private ColumnHeadings() {
	}

	/** Whether the dimension's codes are numbers that read without a label (months: 1 to 12). */
	static boolean bare(String dimension) {
		return "months".equals(dimension);
	}

	/** The short heading of a code, or {@code null} when there is none. */
	static String of(String dimension, String code, Lang lang) {
		String key = SHORT.getOrDefault(dimension, Map.of()).get(code);
		if (key == null) {
			return (bare(dimension) && !"total".equals(code)) ? code : null;
		}
		return new Messages(lang).get(key);
	}

}
