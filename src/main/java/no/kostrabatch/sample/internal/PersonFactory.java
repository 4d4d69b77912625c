package no.kostrabatch.sample.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import no.kostrabatch.input.DufNumber;
import no.kostrabatch.input.Fodselsnummer;

/** Draws synthetic recipients whose codes pass SSB's ERROR rules for 11F. */
public final class PersonFactory {

	private static final String[] GROUP1 = { "PL", "SE", "LT", "DE", "RO", "GB" };

	private static final String[] GROUP2 = { "SO", "SY", "IQ", "AF", "ER", "PK", "TR", "UA", "ET", "IR" };

	private static final String[] VILKAR = { "VILKARARBEID", "VILKARKURS", "VILKARUTD", "VILKARJOBBLOG",
			"VILKARJOBBTILB", "VILKARSAMT", "VILKAROKRETT", "VILKARLIVSH", "VILKARHELSE", "VILKARANNET", "VILKARDIGPLAN",
			"VILKARNORSKSAMISKOPPL" };

	private final SplittableRandom random;

	private final UsedNumbers usedNumbers;

	private final double foreignShare;

	private final CityProfile profile;

	/** How a city differs from the national pattern. */
	public record CityProfile(double foreignShare, double durationTilt, double socialAssistanceFactor,
			double amountFactor) {
	}

	public PersonFactory(SplittableRandom random, UsedNumbers usedNumbers, CityProfile profile) {
		this.random = random;
		this.usedNumbers = usedNumbers;
		this.foreignShare = profile.foreignShare();
		this.profile = profile;
	}

	CityProfile profile() {
		return this.profile;
	}

	SamplePerson.Identity identity(String phase, int year, String journal) {
		String gender = phase.startsWith("EM") || "EBM".equals(phase) ? "1"
				: phase.startsWith("EK") || "EBK".equals(phase) ? "2" : (this.random.nextInt(100) < 55) ? "1" : "2";
		LocalDate birth = LocalDate.of(year - age(phase), 1, 1).plusDays(this.random.nextInt(365));
		String citizenship = "NO";
		String duf = "";
		if (this.random.nextDouble() < this.foreignShare) {
			boolean group1 = this.random.nextInt(100) < 30;
			citizenship = group1 ? GROUP1[this.random.nextInt(GROUP1.length)] : GROUP2[this.random.nextInt(GROUP2.length)];
			if (!group1 && this.random.nextInt(100) < 40) {
				duf = duf();
			}
		}
		return new SamplePerson.Identity(fnr(birth), duf, journal, birth, gender, citizenship,
				"SB" + (100 + this.random.nextInt(60)));
	}

	private int age(String phase) {
		return switch (phase) {
			case "EM-19", "EK-19" -> 18 + this.random.nextInt(2);
			case "EM20-24", "EK20-24" -> 20 + this.random.nextInt(5);
			case "EM25-44", "EK25-44" -> 25 + this.random.nextInt(20);
			case "EM45-66", "EK45-66" -> 45 + this.random.nextInt(22);
			case "EM67+", "EK67+" -> 67 + this.random.nextInt(20);
			case "EBM", "EBK" -> 20 + this.random.nextInt(36);
			default -> 20 + this.random.nextInt(47);
		};
	}

	/** A synthetic fødselsnummer (month + 80) with valid check digits, unique in the run. */
	private String fnr(LocalDate birth) {
		String date = SampleWriters.pad(birth.getDayOfMonth(), 2) + (birth.getMonthValue() + 80)
				+ SampleWriters.pad(birth.getYear() % 100, 2);
		boolean before2000 = birth.getYear() < 2000;
		while (true) {
			int individual = before2000 ? this.random.nextInt(500) : 500 + this.random.nextInt(500);
			var number = Fodselsnummer.withCheckDigits(date + SampleWriters.pad(individual, 3));
			if (number.isPresent() && !Fodselsnummer.isPlaceholder(number.get()) && this.usedNumbers.add(number.get())) {
				return number.get();
			}
		}
	}

	private String duf() {
		while (true) {
			String ten = String.format("%04d%06d", 2010 + this.random.nextInt(15), this.random.nextInt(1_000_000));
			int check = DufNumber.checkOf(ten);
			String number = ten + String.format("%02d", check);
			if (check < 10 && this.usedNumbers.add(number)) {
				return number;
			}
		}
	}

	SamplePerson.Attributes attributes(String phase, int age) {
		boolean couple = "PU".equals(phase) || "PB".equals(phase);
		boolean children = "PB".equals(phase) || phase.startsWith("EB");
		String civil = couple ? (this.random.nextBoolean() ? "2" : "3")
				: (age >= 67 && this.random.nextInt(100) < 30) ? "5" : (this.random.nextInt(100) < 30) ? "4" : "1";
		int kids = children ? 1 + Distributions.pick(this.random, new int[] { 40, 32, 16, 8, 3, 1 }) : 0;
		int[] income = Distributions.INCOME[Distributions.incomeGroup(phase)].clone();
		income[4] = (int) Math.round(income[4] * this.profile.socialAssistanceFactor());
		String vklo = Distributions.pick(this.random, Distributions.INCOME_CODES, income);
		if ("9".equals(vklo) && couple && this.random.nextBoolean()) {
			vklo = "7";
		}
		if ("9".equals(vklo) && this.random.nextInt(100) < 30) {
			vklo = "8";
		}
		String trygd = trygdesit(vklo, age, kids);
		return new SamplePerson.Attributes(civil, children ? "1" : "2", kids, vklo, trygd, arbsit(vklo, trygd),
				Distributions.pick(this.random, new String[] { "1", "2", "3", "4", "5", "6" },
						new int[] { 60, 20, 4, 5, 8, 3 }));
	}

	private String trygdesit(String vklo, int age, int kids) {
		if (!"3".equals(vklo)) {
			return (this.random.nextInt(100) < 85) ? "12" : (this.random.nextBoolean() ? "11" : "10");
		}
		String[] codes = { "11", "04", "09", "02", "01", "10", "06", "05", "13", "07" };
		int[] weights = { 35, 25, 8, 8, 6, 6, 2, kids > 0 ? 6 : 0, kids > 0 ? 6 : 0, age >= 67 ? 40 : 0 };
		return Distributions.pick(this.random, codes, weights);
	}

	private String arbsit(String vklo, String trygd) {
		return switch (vklo) {
			case "1" -> this.random.nextBoolean() ? "01" : "02";
			case "2" -> new String[] { "03", "05", "06" }[this.random.nextInt(3)];
			case "4" -> "03";
			case "6" -> "09";
			case "8" -> "10";
			case "3" -> ("04".equals(trygd) || "07".equals(trygd)) ? "04" : (this.random.nextBoolean() ? "04" : "07");
			case "5" -> new String[] { "07", "04", "08", "02", "06" }[Distributions.pick(this.random,
					new int[] { 40, 30, 15, 10, 5 })];
			default -> new String[] { "04", "07", "08" }[this.random.nextInt(3)];
		};
	}

	SamplePerson.Conditions conditions(int age, int year, int firstMonth) {
		boolean conditions = this.random.nextInt(100) < ((age < 30) ? 70 : 30);
		List<String> vilkar = new ArrayList<>();
		if (conditions) {
			int n = 1 + this.random.nextInt(3);
			while (vilkar.size() < n) {
				String field = VILKAR[this.random.nextInt(VILKAR.length)];
				if (!vilkar.contains(field)) {
					vilkar.add(field);
				}
			}
		}
		LocalDate from = LocalDate.of(year, firstMonth, 1 + this.random.nextInt(28));
		return new SamplePerson.Conditions(this.random.nextInt(100) < 20 ? "1" : "2",
				this.random.nextInt(100) < 10 ? "1" : "2", conditions ? "1" : "2", "2", vilkar,
				conditions ? from : null, conditions ? LocalDate.of(year, 12, 31) : null);
	}

	SplittableRandom random() {
		return this.random;
	}

}
