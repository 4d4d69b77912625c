package no.kostrabatch.validation.rules;

import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R019}: fires when VKLO = 8 and ARBSIT not in {10}.
 */
public final class Rule019Kvalifiseringsstonad extends SourceRequiresWorkSituation {

	public Rule019Kvalifiseringsstonad() {
		super(RuleId.R019, "8", "Kvalifiseringsstønad", "10");
	}

}
