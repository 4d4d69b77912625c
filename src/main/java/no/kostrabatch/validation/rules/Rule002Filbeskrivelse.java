package no.kostrabatch.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.FieldType;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationContext;
import no.kostrabatch.validation.ValidationRule;

/**
 * {@link RuleId#R002}: every field against the file description: a mandatory field is blank, an
 * integer field holds no integer, a date field holds no valid date, or a coded field holds a code
 * outside its list. BYDELSNR may be blank outside Oslo (SSB marks it mandatory but Rule 003 demands
 * it blank there; we follow the intent). Identifiers and dates are never shown in the message.
 */
public final class Rule002Filbeskrivelse implements ValidationRule {

	private static final Set<ElevenFField> NEVER_SHOWN = Set.of(ElevenFField.PERSON_FODSELSNR, ElevenFField.PERSON_DUF,
			ElevenFField.FODSELSDATO, ElevenFField.PERSON_JOURNALNR, ElevenFField.SAKSBEHANDLER);

	@Override
	public RuleId id() {
		return RuleId.R002;
	}

	@Override
	public List<Finding> check(ElevenFRecord r, ValidationContext c) {
		List<Finding> findings = new ArrayList<>();
		ElevenFLayout layout = r.layout();
		for (ElevenFField field : layout.fields()) {
			String problem = problem(r, field, layout.span(field));
			if (problem != null) {
				ElevenFLayout.Span span = layout.span(field);
				findings.addAll(Records.finding(id(), r, field, "Korrigér feltet " + field + ", posisjon " + span.from()
						+ "–" + span.to() + ": " + problem));
			}
		}
		return findings;
	}

	private static String problem(ElevenFRecord r, ElevenFField field, ElevenFLayout.Span span) {
		String value = r.value(field);
		if (value.isEmpty()) {
			boolean districtOutsideOslo = field == ElevenFField.BYDELSNR
					&& !Records.OSLO.equals(r.raw(ElevenFField.KOMMUNE_NR));
			return (span.mandatory() && !districtOutsideOslo) ? "mangler obligatorisk verdi." : null;
		}
		String shown = NEVER_SHOWN.contains(field) ? "verdien" : "'" + Records.printable(value) + "'";
		if (field.type() == FieldType.INTEGER && r.integer(field).isEmpty()) {
			return "er et tallfelt, men inneholder " + shown + ".";
		}
		if (field.type() == FieldType.DATE && !Records.isDate(r, field)) {
			return "er et datofelt med mønster " + r.layout().datePattern().toUpperCase() + ", men inneholder " + shown
					+ ".";
		}
		if (field.type() == FieldType.STRING && !field.codes().isEmpty() && !field.codes().contains(r.raw(field))) {
			return "koden " + shown + " er ikke blant [" + String.join(", ", field.codes()) + "].";
		}
		return null;
	}

}
