package no.kostrabatch.statistics;

/**
 * One recipient in one municipality and year, as SSB counts: support months, the attributes "ved
 * siste kontakt" (the latest support month) and the year's payments.
 *
 * @param municipality KOMMUNE_NR
 * @param district district of the latest support month, or {@code null}
 * @param year the year
 * @param personKey the pseudonymised person
 * @param birthYear birth year, or {@code null}
 * @param gender KJONN at the latest support month (as delivered)
 * @param civilStatus EKTSTAT
 * @param childrenFlag BU18
 * @param childrenCount ANTBU18
 * @param incomeSource VKLO
 * @param benefitType TRYGDESIT
 * @param workSituation ARBSIT
 * @param housing BOSIT
 * @param citizenship ISO country code
 * @param supportMonths number of distinct months with support (1..12)
 * @param latestMonth the latest support month (1..12)
 * @param monthMask bit m-1 set for each support month m
 * @param bidrag grants paid in the year
 * @param laan loans paid in the year
 */
public record PersonYear(String municipality, String district, int year, String personKey, Integer birthYear,
		String gender, String civilStatus, String childrenFlag, Integer childrenCount, String incomeSource,
		String benefitType, String workSituation, String housing, String citizenship, int supportMonths,
		int latestMonth, int monthMask, long bidrag, long laan) {

	/** Age reached in the year (year − birth year), or {@code null}. */
	public Integer age() {
		return (this.birthYear != null) ? this.year - this.birthYear : null;
	}

	public long nok() {
		return this.bidrag + this.laan;
	}

}
