package no.kostrabatch.validation.rules;

import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R017}: fires when VKLO = 4 and ARBSIT not in {03}.
 */
public final class Rule017StipendLaan extends SourceRequiresWorkSituation {

	public Rule017StipendLaan() {
		super(RuleId.R017, "4", "Stipend/lån", "03");
	}

}
