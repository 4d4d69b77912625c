package no.kostrabatch.validation.rules;

import java.util.List;

import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R000}: a file without a single record (empty, or nothing but blank lines) is FATAL,
 * since the form says there are recipients. It runs on the raw lines before every other rule.
 */
public final class Rule000SkalLevereFiluttrekk {

	public RuleId id() {
		return RuleId.R000;
	}

	/**
	 * @param lines the physical lines of the file
	 * @param records the lines with content
	 */
	public List<Finding> check(long lines, long records) {
		if (records > 0) {
			return List.of();
		}
		String what = (lines == 0) ? "Filen er tom"
				: "Filen har " + lines + ((lines == 1) ? " linje" : " linjer") + ", men ingen med innhold";
		return List.of(new Finding(1, id(), null, "", what
				+ ". Det skal leveres et filuttrekk med én linje per mottaker (fant 0 records, forventet minst 1)."));
	}

}
