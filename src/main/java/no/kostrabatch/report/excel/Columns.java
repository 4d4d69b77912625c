package no.kostrabatch.report.excel;

import java.util.ArrayList;
import java.util.List;

import no.kostrabatch.statistics.Measure;
import no.kostrabatch.statistics.TableDefinition;

/**
 * The columns of a one-dimension table as a status report has them: count and percent for the
 * previous period, then for this one (oldest to newest, as in the PDF), then the change (count and percent), then the table's other
 * measures for both periods.
 *
 * @param group the upper header, shared by neighbouring columns
 * @param head the lower header
 * @param period the period of the cell
 * @param measure the measure of the cell
 * @param format how its numbers are shown
 * @param blankIfAbsent whether a cell the data lacks stays empty (rather than {@code ..})
 */
record Columns(String group, String head, String period, String measure, Styles.Format format,
		boolean blankIfAbsent) {

	static List<Columns> of(Context context, TableDefinition table) {
		String now = context.period();
		String before = context.previous();
		List<Columns> columns = new ArrayList<>();
		List<String> periods = (before != null) ? List.of(before, now) : List.of(now);
		String count = context.m("excel.columns.number");
		String percent = context.m("excel.columns.percent");
		for (String period : periods) {
			if (table.measures().contains("recipients")) {
				columns.add(new Columns(context.label(period), count, period, "recipients", Styles.Format.COUNT, false));
			}
			if (table.measures().contains("percent")) {
				columns.add(new Columns(context.label(period), percent, period, "percent", Styles.Format.DECIMAL, false));
			}
		}
		if (before != null && table.measures().contains("recipients")) {
			String change = context.change(before, now);
			columns.add(new Columns(change, count, now, "change", Styles.Format.CHANGE, false));
			columns.add(new Columns(change, context.m("excel.columns.percent"), now, "change_percent",
					Styles.Format.CHANGE_DECIMAL, false));
		}
		for (String id : table.measures()) {
			if (id.equals("recipients") || id.equals("percent")) {
				continue;
			}
			Measure measure = context.data().catalog().measure(id);
			for (String period : periods) {
				columns.add(new Columns(context.in(measure.label()), context.label(period), period, id,
						Styles.Format.of(measure.decimals()), true));
			}
		}
		return columns;
	}

}
