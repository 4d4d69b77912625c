package no.kostrabatch.validation.rules;

import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R018}: fires when VKLO = 6 and ARBSIT not in {09}.
 */
public final class Rule018Introduksjonsstotte extends SourceRequiresWorkSituation {

	public Rule018Introduksjonsstotte() {
		super(RuleId.R018, "6", "Introduksjonsstøtte", "09");
	}

}
