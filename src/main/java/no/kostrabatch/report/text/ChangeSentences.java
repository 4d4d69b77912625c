package no.kostrabatch.report.text;

import java.math.BigDecimal;

import no.kostrabatch.report.Messages;
import no.kostrabatch.statistics.Lang;

import org.springframework.lang.Nullable;

/**
 * Short sentences that state a change between two periods, in bokmål or English: "Antall
 * sosialhjelpsmottakere gikk ned med 449 personer (5,8 %) fra 2024 til 2025." They state the
 * published change ({@link Change}, the cells of {@code key_figures_change}) and never work one out;
 * they use the right words for a rise, a fall, no change and one person, give the change of a share
 * in percentage points, and say so when a figure is missing or suppressed instead of guessing.
 */
public final class ChangeSentences {

	private final Messages messages;

	private final NumberText numbers;

	public ChangeSentences(Lang lang) {
		this.messages = new Messages(lang);
		this.numbers = new NumberText(lang);
	}

	/** The change in the number of recipients, without a place. */
	public String recipients(@Nullable BigDecimal now, @Nullable BigDecimal before, @Nullable Change change,
			String period, @Nullable String previous) {
		return change(Subject.RECIPIENTS, null, now, before, change, period, previous);
	}

	/**
	 * The change of a subject between two periods.
	 * @param place a municipality's name, or {@code null}
	 * @param now this period's value, or {@code null} when missing or suppressed
	 * @param before the previous period's value, or {@code null}
	 * @param change the published change, or {@code null} when there is none
	 * @param previous the previous period, or {@code null} when there is none
	 */
	public String change(Subject subject, @Nullable String place, @Nullable BigDecimal now,
			@Nullable BigDecimal before, @Nullable Change change, String period, @Nullable String previous) {
		String who = subject.words(this.messages, place);
		if (now == null) {
			return m("text.change_sentences.for_is_not_given_the", who, period);
		}
		if (before == null || change == null) {
			return onlyNow(subject, who, now, period, previous,
					m("text.change_sentences.figures_for_are_missing_so", previous));
		}
		return subject.isCount() ? countChange(who, now, change, period, previous)
				: levelChange(subject, who, now, before, change, period, previous);
	}

	/**
	 * The change of a subject between two periods, telling a suppressed figure from a missing one.
	 * @param place a municipality's name, or {@code null}
	 * @param previous the previous period, or {@code null} when there is none
	 */
	public String change(Subject subject, @Nullable String place, Figure now, Figure before, @Nullable Change change,
			String period, @Nullable String previous) {
		String who = subject.words(this.messages, place);
		if (!now.known()) {
			return now.suppressed()
					? m("text.change_sentences.for_is_suppressed_to_protect", who, period)
					: m("text.change_sentences.for_is_missing", who, period);
		}
		if (previous != null && !before.known() && before.suppressed()) {
			return onlyNow(subject, who, now.value(), period, previous,
					m("text.change_sentences.the_figure_for_is_suppressed", previous));
		}
		return change(subject, place, now.value(), before.value(), change, period, previous);
	}

	private String onlyNow(Subject subject, String who, BigDecimal now, String period, @Nullable String previous,
			String why) {
		String was = m("text.change_sentences.was_in", who, amount(subject, now), period);
		return was + " " + ((previous != null) ? why
				: m("text.change_sentences.there_is_no_earlier_period"));
	}

	private String countChange(String who, BigDecimal now, Change change, String period, String previous) {
		BigDecimal difference = change.difference();
		if (difference.signum() == 0) {
			return m("text.change_sentences.was_unchanged_from_to", who, previous, period, persons(now));
		}
		boolean rose = difference.signum() > 0;
		String persons = persons(difference.abs());
		if (change.percent() == null) {
			return rose ? m("text.change_sentences.count_rose_by_from_zero", who, persons, previous, period)
					: m("text.change_sentences.count_fell_by_from_zero", who, persons, previous, period);
		}
		String percent = percent(change.percent().abs());
		return rose ? m("text.change_sentences.count_rose_by", who, persons, percent, previous, period)
				: m("text.change_sentences.count_fell_by", who, persons, percent, previous, period);
	}

	private String levelChange(Subject subject, String who, BigDecimal now, BigDecimal before, Change change,
			String period, String previous) {
		int sign = change.difference().signum();
		if (sign == 0) {
			return m("text.change_sentences.was_unchanged_at_from_to", who, amount(subject, now), previous, period);
		}
		String from = amount(subject, before);
		String to = amount(subject, now);
		if (subject.isShare()) {
			String points = this.numbers.format(change.difference().abs(), 1);
			return (sign > 0)
					? m("text.change_sentences.share_rose_by_points", who, points, from, previous, to, period)
					: m("text.change_sentences.share_fell_by_points", who, points, from, previous, to, period);
		}
		return (sign > 0) ? m("text.change_sentences.level_rose", who, from, previous, to, period)
				: m("text.change_sentences.level_fell", who, from, previous, to, period);
	}

	/** A rounded percentage; a change that rounds to nothing is "under 0,1 %". */
	private String percent(BigDecimal value) {
		return (value.signum() == 0) ? m("text.change_sentences.less_than", this.numbers.percent(new BigDecimal("0.1")))
				: this.numbers.percent(value);
	}

	private String amount(Subject subject, BigDecimal value) {
		return subject.isCount() ? persons(value) : subject.amount(this.messages, this.numbers.format(value));
	}

	private String persons(BigDecimal n) {
		boolean one = n.abs().compareTo(BigDecimal.ONE) == 0;
		return one ? m("text.change_sentences.person", this.numbers.format(n, 0))
				: m("text.change_sentences.persons", this.numbers.format(n, 0));
	}

	private String m(String key, Object... args) {
		return this.messages.get(key, args);
	}

}
