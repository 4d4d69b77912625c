package no.kostrabatch.statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;



import no.kostrabatch.input.Fodselsnummer;

/**
 * A monthly CSV extract of Oslo (0301) for 2025, small enough that every cell of every table can be
 * worked out by hand (see {@code CraftedTablesTests}). Ten recipients, one person whose rows all pay
 * nothing, two unreadable lines:
 *
 * <pre>
 * person  identity            age  sex civ bu  vklo trygd arb bo  land  months        district  nok
 * A       fnr                 17   1   1   0   5    12    03  5   NO    Jan–Feb       01        6 000
 * B       D-number            18   2   1   0   5    12    07  1   SE    Mar–Aug       01        30 000
 * C       synthetic           66   1   4   0   3    04    04  2   NO    all 12        02        102 000 (6 000 lån)
 * D       synthetic           67   2   5   0   3    07    04  3   NO    Nov           02        4 000
 * E       DUF + FODSELSDATO   35   1   2   3   6    13    09  1   SY    Jan–Oct       03        150 000
 * F       journal only        ?    2   1   0   9    12    08  4   –     May           –         2 000
 * G       fnr                 40   2   4   2   1    05    02  2   NO    Jan–May       01 → 04   30 000
 * H       synthetic           50   ?   ?   ?   ?    ?     ?   ?   –     Jun–Jul       02        9 000 (2 000 lån)
 * I       fnr                 26   1   3   0   2    02    05  1   PL    Sep–Oct       03        7 000
 * J       synthetic           22   1   1   7   4    10    10  6   NO    Feb–Aug       04        49 000
 * K       fnr                 45   rows of Mar–Apr pay nothing: not a recipient
 * </pre>
 *
 * G moves from district 01 to 04 in April and has a row in June (district 05) that pays nothing, so
 * G's attributes and district are those of May. D has a second row in November, after the paying one,
 * that pays nothing: D's attributes are those of the paying row. H's July row has invalid codes in every field, so
 * H's attributes are unknown although June's were valid. I has two rows in September.
 */
public final class CraftedExtract {

	public static final String FNR_A = number("120308", 500);

	/** D-number: day + 40 (5 June 2007). */
	public static final String DNR_B = number("450607", 500);

	/** Synthetic number: month + 80 (20 October 1959). */
	public static final String SYN_C = number("209059", 100);

	public static final String SYN_D = number("028158", 100);

	public static final String DUF_E = "201512345678";

	public static final String JOURNAL_F = "J-F-6";

	public static final String FNR_G = number("071185", 100);

	public static final String SYN_H = number("159275", 100);

	public static final String FNR_I = number("300699", 100);

	public static final String SYN_J = number("018303", 500);

	public static final String FNR_K = number("010580", 100);

	/** Every raw identifier of the file, for scans. */
	public static final List<String> IDENTIFIERS = List.of(FNR_A, DNR_B, SYN_C, SYN_D, DUF_E, JOURNAL_F, FNR_G, SYN_H,
			FNR_I, SYN_J, FNR_K);

	public static final int LINES = 55;

	public static final int REJECTED = 2;

	private static final String HEADER = "KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_DUF;PERSON_JOURNALNR;"
			+ "FODSELSDATO;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BOSIT;STATSBORGERSKAP;BIDRAG;LAAN";

	private CraftedExtract() {
	}

	public static Path write(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		months(lines, 1, 2, "01", FNR_A, "", "JA", "", "1;1;0;5;12;03;5;NO", 3000, 0);
		months(lines, 3, 8, "01", DNR_B, "", "JB", "", "2;1;0;5;12;07;1;SE", 5000, 0);
		months(lines, 1, 12, "02", SYN_C, "", "JC", "", "1;4;0;3;04;04;2;NO", 8000, 500);
		months(lines, 11, 11, "02", SYN_D, "", "JD", "", "2;5;0;3;07;04;3;NO", 4000, 0);
		months(lines, 11, 11, "03", SYN_D, "", "JD", "", "1;2;0;9;12;01;1;SE", 0, 0);
		months(lines, 1, 10, "03", "", DUF_E, "", "1990-05-17", "1;2;3;6;13;09;1;SY", 15000, 0);
		months(lines, 5, 5, "", "", "", JOURNAL_F, "", "2;1;0;9;12;08;4;", 2000, 0);
		months(lines, 1, 3, "01", FNR_G, "", "JG", "", "2;4;2;5;12;07;2;NO", 6000, 0);
		months(lines, 4, 5, "04", FNR_G, "", "JG", "", "2;4;2;1;05;02;2;NO", 6000, 0);
		months(lines, 6, 6, "05", FNR_G, "", "JG", "", "1;1;0;9;12;01;1;SE", 0, 0);
		months(lines, 6, 6, "02", SYN_H, "", "JH", "", "1;1;0;5;12;07;1;NO", 4000, 0);
		months(lines, 7, 7, "02", SYN_H, "", "JH", "", "7;9;x;0;99;;9;", 3000, 2000);
		months(lines, 9, 9, "03", FNR_I, "", "JI", "", "1;3;0;2;02;05;1;PL", 2000, 0);
		months(lines, 9, 9, "03", FNR_I, "", "JI", "", "1;3;0;2;02;05;1;PL", 1500, 0);
		months(lines, 10, 10, "03", FNR_I, "", "JI", "", "1;3;0;2;02;05;1;PL", 3500, 0);
		months(lines, 2, 8, "04", SYN_J, "", "JJ", "", "1;1;7;4;10;10;6;NO", 7000, 0);
		months(lines, 3, 4, "01", FNR_K, "", "JK", "", "1;1;0;5;12;07;1;NO", 0, 0);
		lines.add("0301;2025-13;01;" + FNR_K + ";;JK;;1;1;0;5;12;07;1;NO;1000;0");
		lines.add("0301;2025-05;02;;;;;1;1;0;5;12;07;1;NO;1000;0");
		if (lines.size() != LINES + 1) {
			throw new IllegalStateException("The crafted extract has " + (lines.size() - 1) + " lines");
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

	private static void months(List<String> lines, int from, int to, String district, String fnr, String duf,
			String journal, String birth, String codes, long bidrag, long laan) {
		for (int m = from; m <= to; m++) {
			lines.add(row(m, district, fnr, duf, journal, birth, codes, bidrag, laan));
		}
	}

	private static String row(int month, String district, String fnr, String duf, String journal, String birth,
			String codes, long bidrag, long laan) {
		return String.join(";", "0301", String.format("2025-%02d", month), district, fnr, duf, journal, birth, codes,
				String.valueOf(bidrag), String.valueOf(laan));
	}

	/** The first number with valid check digits for a date part and individual numbers from {@code from}. */
	private static String number(String ddmmyy, int from) {
		for (int i = from; i < from + 100; i++) {
			var number = Fodselsnummer.withCheckDigits(ddmmyy + String.format("%03d", i));
			if (number.isPresent()) {
				return number.get();
			}
		}
		throw new IllegalArgumentException("No valid number for " + ddmmyy);
	}

}
