package no.kostrabatch.validation;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of a validation: lines and records read, and findings per rule and severity; the exit code
 * follows from them.
 */
public final class ValidationSummary {

	private final Map<RuleId, Long> perRule = new EnumMap<>(RuleId.class);

	private long lines;

	private long records;

	private int year;

	private String municipality = "";

	private boolean byteOrderMark;

	void count(Finding finding) {
		this.perRule.merge(finding.rule(), 1L, Long::sum);
	}

	/** Counts a finding made outside the validator (a CSV line that gives no 11F record as delivered). */
	public void countFinding(Finding finding) {
		count(finding);
	}

	/**
	 * Counts {@code findings} findings of a rule as one: a problem of the whole file (a column a CSV
	 * extract lacks) reported once instead of once per record.
	 */
	public void mergeFindings(RuleId rule, long findings) {
		if (findings > 1) {
			this.perRule.merge(rule, 1 - findings, Long::sum);
		}
	}

	/** The physical lines of the file that was checked, when the records were derived from another file. */
	public void sourceLines(long lines) {
		this.lines = lines;
	}

	void lines(long lines, long records) {
		this.lines = lines;
		this.records = records;
	}

	void scope(int year, String municipality) {
		this.year = year;
		this.municipality = municipality;
	}

	void byteOrderMark(boolean present) {
		this.byteOrderMark = present;
	}

	/** The file began with a byte order mark (which SSB's program reads as part of the first record). */
	public boolean byteOrderMark() {
		return this.byteOrderMark;
	}

	public Map<RuleId, Long> perRule() {
		return Map.copyOf(this.perRule);
	}

	public long lines() {
		return this.lines;
	}

	public long records() {
		return this.records;
	}

	public int year() {
		return this.year;
	}

	public String municipality() {
		return this.municipality;
	}

	public long count(Severity severity) {
		return this.perRule.entrySet().stream().filter((e) -> e.getKey().severity() == severity).mapToLong(Map.Entry::getValue).sum();
	}

	/**
	 * The exit code of SSB's console program: 0 without findings (or INFO only), 1 with WARNING
	 * findings only, 2 with an ERROR or FATAL finding.
	 */
	public int exitCode() {
		if (count(Severity.FATAL) + count(Severity.ERROR) > 0) {
			return 2;
		}
		return (count(Severity.WARNING) > 0) ? 1 : 0;
	}

}
