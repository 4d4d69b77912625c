package no.kostrabatch.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table to draw: an optional row of group headings (each spanning some columns), a header row
 * (a header cell may hold line breaks), and body rows whose first cell is a label and the rest
 * numbers. Bold rows are totals; subtotal rows are bold and shaded, and the rows they add up are
 * indented under them.
 */
record Table(float[] widths, List<Group> groups, String[] header, List<Row> rows) {

	/** A heading over {@code span} columns (the label column counts). */
	record Group(String text, int span) {
	}

	record Row(String[] cells, Style style) {

		boolean bold() {
			return this.style == Style.TOTAL || this.style == Style.SUBTOTAL;
		}

	}

	/** How a body row is drawn. */
	enum Style {

		PLAIN, TOTAL, SUBTOTAL, MEMBER

	}

	static Builder builder(float[] widths, String... header) {
		return new Builder(widths, header);
	}

	static final class Builder {

		private final float[] widths;

		private final String[] header;

		private final List<Group> groups = new ArrayList<>();

		private final List<Row> rows = new ArrayList<>();

		private Builder(float[] widths, String[] header) {
			this.widths = widths;
			this.header = header;
		}

		Builder group(String text, int span) {
			this.groups.add(new Group(text, span));
			return this;
		}

		Builder row(boolean bold, String... cells) {
			return row(bold ? Style.TOTAL : Style.PLAIN, cells);
		}

		Builder row(Style style, String... cells) {
			this.rows.add(new Row(cells, style));
			return this;
		}

		Builder row(Style style, List<String> cells) {
			return row(style, cells.toArray(String[]::new));
		}

		Builder row(boolean bold, List<String> cells) {
			return row(bold, cells.toArray(String[]::new));
		}

		Table build() {
			return new Table(this.widths, List.copyOf(this.groups), this.header, List.copyOf(this.rows));
		}

	}

}
