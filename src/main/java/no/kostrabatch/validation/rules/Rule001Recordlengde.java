package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R001}: a line whose length differs from the layout's record length, or that holds a
 * TAB, is FATAL. It runs on the raw lines before the record rules, which do not run when it fires.
 */
public final class Rule001Recordlengde {

	public RuleId id() {
		return RuleId.R001;
	}

	/**
	 * @param lineNumber the physical line number (1-based)
	 * @param line the line without its line break (and without a byte order mark)
	 * @param layout the layout of the reporting year
	 */
	public List<Finding> check(long lineNumber, String line, ElevenFLayout layout) {
		boolean tab = line.indexOf('\t') >= 0;
		if (line.length() == layout.length() && !tab) {
			return List.of();
		}
		String why;
		if (line.indexOf('\u0000') >= 0) {
			why = "inneholder NUL-tegn (filen er trolig lagret som UTF-16; lagre den som ISO-8859-1 eller UTF-8)";
		}
		else if (tab) {
			why = "inneholder tabulator (tegn " + (line.indexOf('\t') + 1) + ")";
		}
		else {
			why = "har " + line.length() + " tegn";
		}
		return List.of(new Finding(lineNumber, id(), null, "",
				"Linje " + lineNumber + " " + why + ", forventet " + layout.length() + " tegn (layout " + layout.year()
						+ "). Alle records skal være " + layout.length()
						+ " tegn, med mellomrom i tomme posisjoner og linjeskift til slutt. "
						+ "Denne feilen stopper de andre kontrollene."));
	}

}
