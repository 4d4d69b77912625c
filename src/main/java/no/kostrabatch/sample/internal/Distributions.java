package no.kostrabatch.sample.internal;

import java.util.SplittableRandom;

/**
 * Distributions shaped on SSB's national table for 2007 (ssb-tables.md): family phase, months with
 * support by family phase, and main income source by family phase.
 */
final class Distributions {

	/** Family phases with their 2007 counts. */
	static final String[] PHASES = { "EM-19", "EM20-24", "EM25-44", "EM45-66", "EM67+", "EK-19", "EK20-24", "EK25-44",
			"EK45-66", "EK67+", "EBM", "EBK", "PU", "PB" };

	static final int[] PHASE_COUNTS = { 2342, 8106, 19989, 9925, 575, 1967, 5314, 8138, 6737, 918, 5381, 15473, 11857,
			12885 };

	/** Months 1..12 by family phase (couples use the national row). */
	static final int[][] MONTHS = { { 532, 390, 320, 201, 186, 166, 122, 98, 81, 75, 80, 91 },
			{ 1530, 1154, 915, 691, 572, 501, 448, 415, 394, 406, 394, 686 },
			{ 3563, 2388, 1809, 1486, 1303, 1179, 1008, 916, 1017, 1099, 1282, 2939 },
			{ 2094, 1261, 874, 662, 574, 472, 415, 404, 451, 493, 618, 1607 },
			{ 256, 102, 43, 38, 25, 21, 14, 15, 12, 6, 14, 29 },
			{ 419, 376, 247, 199, 143, 132, 93, 86, 69, 61, 54, 88 },
			{ 1020, 828, 567, 479, 393, 345, 296, 260, 231, 248, 239, 408 },
			{ 1616, 1035, 726, 616, 543, 460, 415, 393, 349, 401, 497, 1087 },
			{ 1631, 959, 591, 477, 358, 328, 270, 267, 259, 287, 365, 945 },
			{ 439, 152, 70, 68, 32, 33, 19, 11, 20, 18, 21, 35 },
			{ 852, 598, 519, 419, 327, 336, 276, 274, 264, 297, 354, 865 },
			{ 3450, 2323, 1699, 1282, 1029, 943, 723, 709, 634, 666, 738, 1277 },
			{ 22821, 14909, 10758, 8423, 7082, 6299, 5251, 4986, 4875, 5274, 6084, 12846 },
			{ 22821, 14909, 10758, 8423, 7082, 6299, 5251, 4986, 4875, 5274, 6084, 12846 } };

	/** Main income source (VKLO 1,2,3,4,5,6,9) by family group: single men, single women, single parents, PU, PB. */
	static final int[][] INCOME = { { 2867, 1358, 12164, 798, 21969, 585, 1187 },
			{ 1992, 575, 9342, 723, 9616, 255, 567 }, { 2856, 572, 9382, 267, 6809, 267, 699 },
			{ 1390, 416, 3238, 204, 5401, 673, 534 }, { 2276, 470, 3318, 144, 4788, 1082, 807 } };

	static final String[] INCOME_CODES = { "1", "2", "3", "4", "5", "6", "9" };

	private Distributions() {
	}

	static int pick(SplittableRandom random, int[] weights) {
		long total = 0;
		for (int w : weights) {
			total += w;
		}
		long r = random.nextLong(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	static <T> T pick(SplittableRandom random, T[] values, int[] weights) {
		return values[pick(random, weights)];
	}

	static int incomeGroup(String phase) {
		if (phase.startsWith("EM")) {
			return 0;
		}
		if (phase.startsWith("EK")) {
			return 1;
		}
		if (phase.startsWith("EB")) {
			return 2;
		}
		return "PU".equals(phase) ? 3 : 4;
	}

}
