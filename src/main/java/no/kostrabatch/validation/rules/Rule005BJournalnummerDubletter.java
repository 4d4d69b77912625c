package no.kostrabatch.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.validation.FileRule;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R005B}: the same raw (untrimmed) journal number on several records; several blank
 * journal numbers are duplicates too, as in SSB's program.
 */
public final class Rule005BJournalnummerDubletter implements FileRule {

	private final Map<String, List<Long>> byJournal = new HashMap<>();

	@Override
	public RuleId id() {
		return RuleId.R005B;
	}

	@Override
	public void accept(ElevenFRecord r) {
		this.byJournal.computeIfAbsent(r.raw(ElevenFField.PERSON_JOURNALNR), (k) -> new ArrayList<>(1))
			.add(r.lineNumber());
	}

	@Override
	public List<Finding> findings() {
		List<Finding> findings = new ArrayList<>();
		this.byJournal.forEach((journal, lines) -> {
			if (lines.size() > 1) {
				for (long line : lines) {
					findings.add(new Finding(line, id(), ElevenFField.PERSON_JOURNALNR, journal.trim(),
							"Journalnummer '" + journal.trim() + "' forekommer " + lines.size() + " ganger."));
				}
			}
		});
		findings.sort((a, b) -> Long.compare(a.line(), b.line()));
		return findings;
	}

}
