package no.kostrabatch.validation.rules;

import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R015}: fires when VKLO = 1 and ARBSIT not in {01, 02}.
 */
public final class Rule015Arbeidsinntekt extends SourceRequiresWorkSituation {

	public Rule015Arbeidsinntekt() {
		super(RuleId.R015, "1", "Arbeidsinntekt", "01", "02");
	}

}
