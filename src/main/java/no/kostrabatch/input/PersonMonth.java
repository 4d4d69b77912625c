package no.kostrabatch.input;

import java.time.YearMonth;

/**
 * One person's case in one month, the fact both inputs become. It is already pseudonymised: the
 * person is a keyed hash and only the birth year is kept. Codes are kept as delivered (trimmed);
 * the statistics classify invalid codes as {@code unknown}. Blank codes are {@code null}.
 *
 * @param municipality KOMMUNE_NR, four digits
 * @param district BYDELSNR / NAV office code, or {@code null}
 * @param month the support month
 * @param personKey HMAC-SHA256 of the normalised identity (64 hex characters)
 * @param birthYear birth year from the fødselsnummer, else from FODSELSDATO, else {@code null}
 * @param gender KJONN
 * @param civilStatus EKTSTAT
 * @param childrenFlag BU18 (1 = children under 18 in the household, 2 = none)
 * @param childrenCount ANTBU18, or {@code null}
 * @param incomeSource VKLO
 * @param benefitType TRYGDESIT
 * @param workSituation ARBSIT
 * @param housing BOSIT
 * @param citizenship ISO 3166-1 alpha-2 country code, or {@code null} (11F carries none)
 * @param bidrag grant paid in the month, NOK
 * @param laan loan paid in the month, NOK
 * @param supportMonth whether the month counts as a support month (11F: the month is ticked or
 * paid; CSV: bidrag + lån of the person's rows of the month > 0, decided when aggregating)
 * @param sourceLine the physical line of the input file the fact comes from
 */
public record PersonMonth(String municipality, String district, YearMonth month, String personKey,
		Integer birthYear, String gender, String civilStatus, String childrenFlag, Integer childrenCount,
		String incomeSource, String benefitType, String workSituation, String housing, String citizenship,
		long bidrag, long laan, boolean supportMonth, long sourceLine) {

	public long amount() {
		return this.bidrag + this.laan;
	}

}
