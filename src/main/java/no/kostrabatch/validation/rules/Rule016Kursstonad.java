package no.kostrabatch.validation.rules;

import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R016}: fires when VKLO = 2 and ARBSIT not in {03, 05, 06}.
 */
public final class Rule016Kursstonad extends SourceRequiresWorkSituation {

	public Rule016Kursstonad() {
		super(RuleId.R016, "2", "Kursstønad/lønn i arbeidsmarkedstiltak", "03", "05", "06");
	}

}
