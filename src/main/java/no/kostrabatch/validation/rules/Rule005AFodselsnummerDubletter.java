package no.kostrabatch.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.Fodselsnummer;
import no.kostrabatch.validation.FileRule;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;

/**
 * {@link RuleId#R005A}: the same valid fødselsnummer (check digits right) on several records. Memory
 * holds, per valid number, the lines and journal numbers of its records.
 */
public final class Rule005AFodselsnummerDubletter implements FileRule {

	private record Seen(long line, String journal) {
	}

	private final Map<String, List<Seen>> byNumber = new HashMap<>();

	@Override
	public RuleId id() {
		return RuleId.R005A;
	}

	@Override
	public void accept(ElevenFRecord r) {
		String fnr = r.value(ElevenFField.PERSON_FODSELSNR);
		if (Fodselsnummer.hasValidCheckDigits(fnr)) {
			this.byNumber.computeIfAbsent(fnr, (k) -> new ArrayList<>(1))
				.add(new Seen(r.lineNumber(), r.value(ElevenFField.PERSON_JOURNALNR)));
		}
	}

	@Override
	public List<Finding> findings() {
		List<Finding> findings = new ArrayList<>();
		for (List<Seen> group : this.byNumber.values()) {
			if (group.size() < 2) {
				continue;
			}
			for (Seen seen : group) {
				Set<String> others = new LinkedHashSet<>();
				group.stream().map(Seen::journal).filter((j) -> !j.equals(seen.journal())).forEach(others::add);
				String where = others.isEmpty() ? "på linje " + group.stream()
					.filter((s) -> s != seen)
					.map((s) -> String.valueOf(s.line()))
					.collect(java.util.stream.Collectors.joining(", ")) : "i journalene " + String.join(", ", others);
				findings.add(new Finding(seen.line(), id(), ElevenFField.PERSON_FODSELSNR, seen.journal(),
						"Fødselsnummeret i journalnummer " + seen.journal() + " fins også " + where + "."));
			}
		}
		findings.sort((a, b) -> Long.compare(a.line(), b.line()));
		return findings;
	}

}
