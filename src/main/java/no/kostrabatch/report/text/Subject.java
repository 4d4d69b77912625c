package no.kostrabatch.report.text;

import no.kostrabatch.report.Messages;

import org.springframework.lang.Nullable;

/**
 * What a change sentence is about, with the keys of its words (see {@link Messages}). A count is of persons; a
 * level (a share, a mean, an amount) has its own unit.
 */
public enum Subject {

	RECIPIENTS("text.subject.recipients", null), MAIN_INCOME_SA("text.subject.main_income_sa", null),
	LONG_TERM("text.subject.long_term", null), YOUTH("text.subject.youth", null),
	SHARE_MAIN_INCOME_SA("text.subject.share_main_income_sa", Unit.PERCENT),
	SHARE_LONG_TERM("text.subject.share_long_term", Unit.PERCENT), MEAN_MONTHS("text.subject.mean_months", Unit.MONTHS),
	NOK_PER_RECIPIENT("text.subject.nok_per_recipient", Unit.NOK), NOK_PER_MONTH("text.subject.nok_per_month", Unit.NOK);

	/** The unit of a level, with the key of its amount's pattern. */
	enum Unit {

		PERCENT("text.subject.unit_percent"), MONTHS("text.subject.unit_months"), NOK("text.subject.unit_nok");

		private final String key;

		Unit(String key) {
			this.key = key;
		}

	}

	private final String key;

	@Nullable
	private final Unit unit;

	Subject(String key, @Nullable Unit unit) {
		this.key = key;
		this.unit = unit;
	}

	/** The subject, with "i Bergen" / "in Bergen" when a place is given. */
	String words(Messages messages, @Nullable String place) {
		String words = messages.get(this.key);
		return (place == null) ? words : messages.get("text.subject.in_place", words, place);
	}

	/** Whether the subject counts persons (else it is a level with a unit). */
	boolean isCount() {
		return this.unit == null;
	}

	/** Whether the subject is a share in per cent, whose changes are percentage points. */
	boolean isShare() {
		return this.unit == Unit.PERCENT;
	}

	/** An amount of the subject's unit, with its word in the language's order ("5,4 måneder", "NOK 9,862"). */
	String amount(Messages messages, String number) {
		return (this.unit != null) ? messages.get(this.unit.key, number) : number;
	}

}
