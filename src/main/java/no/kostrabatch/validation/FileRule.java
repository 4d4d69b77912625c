package no.kostrabatch.validation;

import java.util.List;

import no.kostrabatch.input.ElevenFRecord;

/** A rule across the records of a file (duplicates): fed every record, then asked for its findings. */
public interface FileRule {

	RuleId id();

	void accept(ElevenFRecord record);

	List<Finding> findings();

}
