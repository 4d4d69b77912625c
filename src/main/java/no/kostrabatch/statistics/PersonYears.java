package no.kostrabatch.statistics;

import java.util.List;
import java.util.Optional;

import no.kostrabatch.input.PersonMonth;

/**
 * Derives the person-year from one person's facts in one municipality and year. A month is a support
 * month when the person's facts of that month pay bidrag + lån above 0 (several rows are added up),
 * or when a fact is flagged as a support month (an 11F record that ticks the month). The attributes are
 * those of the latest support month, of its last row that pays (or is ticked) when it has several;
 * rows that pay nothing never set them, not even within the latest support month.
 */
public final class PersonYears {

	private PersonYears() {
	}

	/** The person-year, or empty when the facts have no support month. */
	public static Optional<PersonYear> fromMonths(List<PersonMonth> facts) {
		SupportMonths months = new SupportMonths(facts, 12);
		long bidrag = 0;
		long laan = 0;
		for (PersonMonth fact : facts) {
			bidrag += fact.bidrag();
			laan += fact.laan();
		}
		int mask = 0;
		int count = 0;
		int latest = 0;
		for (int m = 1; m <= 12; m++) {
			if (months.supported(m)) {
				mask |= 1 << (m - 1);
				count++;
				latest = m;
			}
		}
		if (count == 0) {
			return Optional.empty();
		}
		PersonMonth last = months.attributes(latest);
		return Optional.of(new PersonYear(last.municipality(), last.district(), last.month().getYear(), last.personKey(),
				last.birthYear(), last.gender(), last.civilStatus(), last.childrenFlag(), last.childrenCount(),
				last.incomeSource(), last.benefitType(), last.workSituation(), last.housing(), last.citizenship(), count,
				latest, mask, bidrag, laan));
	}

}
