package no.kostrabatch.input;

import java.util.List;

/** What one physical line of an input file gave: facts, or a rejection with its reason. */
public sealed interface ParsedLine {

	/** The physical line number in the file, 1-based (a CSV header is line 1). */
	long lineNumber();

	/** The facts of a readable line: one for a CSV row, one per support month for an 11F record. */
	record Facts(long lineNumber, List<PersonMonth> facts) implements ParsedLine {

		public Facts {
			facts = List.copyOf(facts);
		}

	}

	/** A blank line (or a CSV line of delimiters only): counted as read, neither facts nor rejected. */
	record Blank(long lineNumber) implements ParsedLine {
	}

	/** A line that cannot be read; the reason names the field and never holds personal data. */
	record Rejected(long lineNumber, String reason) implements ParsedLine {
	}

}
