package no.kostrabatch.report.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import no.kostrabatch.report.Messages;
import no.kostrabatch.statistics.Lang;

import org.springframework.lang.Nullable;

/**
 * Picks the changes worth a sentence, as a status report's "Hovedtrekk" does: the number of recipients
 * first, then the largest other change and every other change that crosses its threshold (at least
 * {@value #PERCENT} % for a count, an amount or a duration; at least {@value #POINTS} percentage points
 * for a share), largest first, at most {@value #MOST} sentences in all. The rest stays in the table,
 * and a closing sentence says how large it is at most. A change is only weighed when it is published:
 * a figure that is missing ({@code ..}, also where the two periods do not measure the same) or
 * suppressed in either period has no change and is never stated as one.
 */
public final class MainChanges {

	/** A count, amount or duration's change in per cent from which it is a main change. */
	public static final int PERCENT = 5;

	/** A share's change in percentage points from which it is a main change. */
	public static final int POINTS = 2;

	/** The most sentences, the number of recipients included. */
	public static final int MOST = 4;

	/**
	 * A key figure as the selection sees it.
	 * @param now this period's figure
	 * @param before the previous period's figure
	 * @param change the published change ({@code key_figures_change}); {@code null} when there is none
	 * (missing, suppressed, not comparable)
	 */
	public record Candidate(Subject subject, Figure now, Figure before, @Nullable Change change) {

		/** The change weighed: percentage points for a share, per cent otherwise; {@code null} when there is none. */
		@Nullable
		BigDecimal weighed() {
			if (this.change == null) {
				return null;
			}
			return this.subject.isShare() ? this.change.difference() : this.change.percent();
		}

		/** The change as a multiple of its threshold; 0 when there is none. */
		BigDecimal weight() {
			BigDecimal weighed = weighed();
			if (weighed == null) {
				return BigDecimal.ZERO;
			}
			int threshold = this.subject.isShare() ? POINTS : PERCENT;
			return weighed.abs().divide(BigDecimal.valueOf(threshold), 6, RoundingMode.HALF_UP);
		}

	}

	private final Lang lang;

	private final Messages messages;

	public MainChanges(Lang lang) {
		this.lang = lang;
		this.messages = new Messages(lang);
	}

	/** The candidates to state, in order: recipients first, then by size of change. */
	public List<Candidate> select(List<Candidate> candidates) {
		List<Candidate> selected = new ArrayList<>();
		candidates.stream().filter((c) -> c.subject() == Subject.RECIPIENTS).findFirst().ifPresent(selected::add);
		List<Candidate> others = candidates.stream()
			.filter((c) -> c.subject() != Subject.RECIPIENTS && c.weight().signum() > 0)
			.sorted(Comparator.comparing(Candidate::weight).reversed())
			.toList();
		for (int i = 0; i < others.size() && selected.size() < MOST; i++) {
			if (i == 0 || others.get(i).weight().compareTo(BigDecimal.ONE) >= 0) {
				selected.add(others.get(i));
			}
		}
		return selected;
	}

	/** The sentences: one per selected candidate, then one on what is left to the table (when anything is). */
	public List<String> sentences(List<Candidate> candidates, @Nullable String place, String period,
			@Nullable String previous) {
		ChangeSentences words = new ChangeSentences(this.lang);
		List<Candidate> selected = select(candidates);
		List<String> sentences = new ArrayList<>();
		for (Candidate c : selected) {
			sentences.add(words.change(c.subject(), place, c.now(), c.before(), c.change(), period, previous));
		}
		List<Candidate> rest = candidates.stream().filter((c) -> !selected.contains(c) && c.weighed() != null).toList();
		if (previous != null && !rest.isEmpty()) {
			boolean large = rest.stream().anyMatch((c) -> c.weight().compareTo(BigDecimal.ONE) >= 0);
			sentences.add(large ? m("text.main_changes.more_changes_are_in_the")
					: m("text.main_changes.the_other_changes_in_the", PERCENT, POINTS));
		}
		return sentences;
	}

	private String m(String key, Object... args) {
		return this.messages.get(key, args);
	}

}
