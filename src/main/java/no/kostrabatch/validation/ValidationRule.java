package no.kostrabatch.validation;

import java.util.List;

import no.kostrabatch.input.ElevenFRecord;

/** One of SSB's control rules on one 11F record; no findings is an empty list, never null. */
public interface ValidationRule {

	RuleId id();

	List<Finding> check(ElevenFRecord record, ValidationContext context);

}
