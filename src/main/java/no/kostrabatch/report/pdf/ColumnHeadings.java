package no.kostrabatch.report.pdf;

import java.util.Map;

import no.kostrabatch.statistics.Lang;

/**
 * Short column headings for the second dimension of SSB's two-dimension tables, so that a dozen
 * columns fit across an A4 page; a line break splits a heading over two lines. Codes without a
 * short heading take their full label.
 */
final class ColumnHeadings {

	private static final Map<String, Map<String, String[]>> SHORT = Map.of("income_source",
			Map.of("1", new String[] { "Arbeids-\ninntekt", "Earned\nincome" }, "2",
					new String[] { "Kurs-\nstønad", "Course\ngrant" }, "3", new String[] { "Trygd/\npensjon", "Benefit/\npension" },
					"4", new String[] { "Stipend/\nlån", "Student\ngrant" }, "5", new String[] { "Sosial-\nhjelp", "Social\nassist." },
					"6", new String[] { "Intro-\nstønad", "Intro.\nbenefit" }, "7", new String[] { "Ektef./\nsamboer", "Spouse's\nincome" },
					"8", new String[] { "Kvalif.-\nstønad", "Qualif.\nbenefit" }, "9", new String[] { "Annen\ninntekt", "Other\nincome" },
					"unknown", new String[] { "Uopp-\ngitt", "Un-\nknown" }),
			"work_situation",
			Map.ofEntries(Map.entry("01", new String[] { "Arbeid\nheltid", "Full-\ntime" }),
					Map.entry("02", new String[] { "Arbeid\ndeltid", "Part-\ntime" }),
					Map.entry("03", new String[] { "Utdan-\nning", "In edu-\ncation" }),
					Map.entry("04", new String[] { "Ikke arb.-\nsøker", "Not\nseeking" }),
					Map.entry("05", new String[] { "Statlig\ntiltak", "State\nscheme" }),
					Map.entry("06", new String[] { "Kommun.\ntiltak", "Munic.\nscheme" }),
					Map.entry("07", new String[] { "Reg.\nledig", "Reg. un-\nemployed" }),
					Map.entry("08", new String[] { "Ledig,\nikke reg.", "Unempl.,\nnot reg." }),
					Map.entry("09", new String[] { "Intro-\nordning", "Intro.\nprog." }),
					Map.entry("10", new String[] { "Kvalif.-\nprogram", "Qualif.\nprog." }),
					Map.entry("unknown", new String[] { "Uopp-\ngitt", "Un-\nknown" })),
			"benefit_type",
			Map.ofEntries(Map.entry("01", new String[] { "Syke-\npenger", "Sick-\nness" }),
					Map.entry("02", new String[] { "Dag-\npenger", "Unem-\nploym." }),
					Map.entry("04", new String[] { "Uføre-\ntrygd", "Disa-\nbility" }),
					Map.entry("05", new String[] { "Overg.-\nstønad", "Transi-\ntional" }),
					Map.entry("06", new String[] { "Etter-\nlatte", "Survi-\nvor's" }),
					Map.entry("07", new String[] { "Alders-\npensjon", "Old-age\npension" }),
					Map.entry("09", new String[] { "Suppl.\nstønad", "Supple-\nmentary" }),
					Map.entry("10", new String[] { "Annen\ntrygd", "Other\nbenefit" }),
					Map.entry("11", new String[] { "AAP", "WAA" }),
					Map.entry("12", new String[] { "Ingen\ntrygd", "No\nbenefit" }),
					Map.entry("13", new String[] { "Barne-\ntrygd", "Child\nbenefit" }),
					Map.entry("unknown", new String[] { "Uopp-\ngitt", "Un-\nknown" })),
			"months", Map.of());

	private ColumnHeadings() {
	}

	/** Whether the dimension's codes are numbers that read without a label (months: 1 to 12). */
	static boolean bare(String dimension) {
		return "months".equals(dimension);
	}

	/** The short heading of a code, or {@code null} when there is none. */
	static String of(String dimension, String code, Lang lang) {
		String[] words = SHORT.getOrDefault(dimension, Map.of()).get(code);
		if (words == null) {
			return (bare(dimension) && !"total".equals(code)) ? code : null;
		}
		return words[(lang == Lang.EN) ? 1 : 0];
	}

}
