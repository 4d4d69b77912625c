package no.kostrabatch.sample.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import no.kostrabatch.input.Municipalities;

/**
 * Builds the recipients of one municipality and year: a share carried over from the year before
 * (same person, a year older), the rest new; months, attributes, districts and payments drawn from
 * the distributions.
 */
public final class YearBuilder {

	/** A recipient to carry into the next year. */
	public record Carried(String phase, SamplePerson.Identity identity) {
	}

	private static final String[] OSLO_DISTRICTS = { "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
			"12", "13", "14", "15" };

	private static final int[] OSLO_WEIGHTS = { 12, 10, 6, 6, 4, 3, 2, 4, 7, 8, 9, 10, 6, 5, 10 };

	private final List<SamplePerson> persons = new ArrayList<>();

	private final List<Carried> carried = new ArrayList<>();

	/** Builds the year; {@code previous} are last year's recipients (may be empty). */
	public YearBuilder(PersonFactory factory, String municipality, int year, int recipients, List<Carried> previous) {
		SplittableRandom random = factory.random();
		int keep = Math.min(previous.size(), recipients * 45 / 100);
		for (int i = 0; i < recipients; i++) {
			Carried who = (i < keep) ? previous.get(i) : drawn(factory, random, year, i - keep + 1);
			this.persons.add(person(factory, random, municipality, year, who));
			this.carried.add(who);
		}
		java.util.Collections.shuffle(this.carried, new java.util.Random(random.nextLong()));
	}

	/**
	 * The recipients of a year that carries nobody from the year before, written to {@code each} one at a
	 * time and not kept: the same persons, in the same order, as {@code new YearBuilder(..., List.of()).persons()}.
	 */
	public static void draw(PersonFactory factory, String municipality, int year, int recipients,
			SampleWriters.YearFile each) {
		SplittableRandom random = factory.random();
		for (int i = 0; i < recipients; i++) {
			each.write(person(factory, random, municipality, year, drawn(factory, random, year, i + 1)));
		}
	}

	private static Carried drawn(PersonFactory factory, SplittableRandom random, int year, int journal) {
		String phase = Distributions.pick(random, Distributions.PHASES, Distributions.PHASE_COUNTS);
		return new Carried(phase, factory.identity(phase, year, String.format("%02d%06d", year % 100, journal)));
	}

	/** The recipients of the year, in journal order of drawing. */
	public List<SamplePerson> persons() {
		return this.persons;
	}

	/** The recipients in a random order, for the next year to carry from. */
	public List<Carried> carried() {
		return this.carried;
	}

	private static SamplePerson person(PersonFactory factory, SplittableRandom random, String municipality, int year,
			Carried who) {
		int phaseIndex = indexOf(who.phase());
		int count = 1 + Distributions.pick(random, tilted(Distributions.MONTHS[phaseIndex], factory.profile().durationTilt()));
		List<Integer> months = months(random, count);
		int age = year - who.identity().birth().getYear();
		SamplePerson.Attributes latest = factory.attributes(who.phase(), age);
		SamplePerson.Attributes earlier = (random.nextInt(100) < 15) ? factory.attributes(who.phase(), age) : latest;
		boolean oslo = Municipalities.OSLO.equals(municipality);
		String district = oslo ? Distributions.pick(random, OSLO_DISTRICTS, OSLO_WEIGHTS) : "";
		String earlierDistrict = (oslo && random.nextInt(100) < 5)
				? Distributions.pick(random, OSLO_DISTRICTS, OSLO_WEIGHTS) : district;
		long base = Math.round(((who.phase().startsWith("EB") || "PB".equals(who.phase())) ? 13_000 : 8_500)
				* factory.profile().amountFactor());
		List<SamplePerson.Row> rows = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			boolean late = i >= months.size() / 2;
			SamplePerson.Attributes attributes = late ? latest : earlier;
			String where = late ? district : earlierDistrict;
			long bidrag = Math.round(base * (0.6 + 0.8 * random.nextDouble()));
			long laan = (random.nextInt(100) < 5) ? 500 + random.nextInt(4500) : 0;
			rows.add(new SamplePerson.Row(months.get(i), where, attributes, bidrag, laan));
			if (random.nextInt(100) < 8) {
				rows.add(new SamplePerson.Row(months.get(i), where, attributes, 500 + random.nextInt(2500), 0));
			}
		}
		return new SamplePerson(who.identity(), rows, factory.conditions(age, year, months.get(0)));
	}

	/** Shifts a months distribution towards long (tilt > 0) or short (tilt < 0) durations. */
	private static int[] tilted(int[] weights, double tilt) {
		int[] result = new int[weights.length];
		for (int i = 0; i < weights.length; i++) {
			result[i] = (int) Math.max(1, Math.round(weights[i] * (1 + tilt * (i - 5.5) / 5.5)));
		}
		return result;
	}

	private static List<Integer> months(SplittableRandom random, int count) {
		List<Integer> months = new ArrayList<>();
		if (count == 12 || random.nextInt(100) < 80) {
			int start = 1 + random.nextInt(13 - count);
			for (int m = start; m < start + count; m++) {
				months.add(m);
			}
			return months;
		}
		while (months.size() < count) {
			int m = 1 + random.nextInt(12);
			if (!months.contains(m)) {
				months.add(m);
			}
		}
		months.sort(null);
		return months;
	}

	private static int indexOf(String phase) {
		for (int i = 0; i < Distributions.PHASES.length; i++) {
			if (Distributions.PHASES[i].equals(phase)) {
				return i;
			}
		}
		throw new IllegalArgumentException(phase);
	}

}
