package no.kostrabatch.input.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import no.kostrabatch.input.Municipalities;
import no.kostrabatch.input.ReferenceFiles;

/**
 * The checks at the door on codes that become regions or are stored: municipality numbers, district
 * numbers and the other codes. A value that cannot be a code is never stored as delivered, so a
 * fødselsnummer typed into a code field leaves no digits in the store.
 */
public final class ReferenceCodes {

	/** Stored for a non-blank code that cannot be a code: the statistics count it as unknown. */
	public static final String INVALID = "?";

	/** The largest plausible payment of one month, bidrag or lån, in kroner. */
	public static final long MAX_MONTHLY_AMOUNT = 999_999;

	private static final Map<String, Set<String>> DISTRICTS = new HashMap<>();

	static {
		Set<String> oslo = new HashSet<>();
		for (String[] row : ReferenceFiles.rows("reference/oslo-districts.csv")) {
			oslo.add(row[0]);
		}
		DISTRICTS.put(Municipalities.OSLO, Set.copyOf(oslo));
	}

	private ReferenceCodes() {
	}

	/**
	 * Whether a four-digit number is a municipality in the year: see {@link Municipalities} (from 2024 only
	 * the numbers of {@code reference/municipalities.csv}, so {@code 0788} or {@code 9999} is none).
	 */
	public static boolean isMunicipality(String code, int year) {
		return Reasons.isMunicipality(code) && Municipalities.exists(code, year);
	}

	/**
	 * The district as stored: a code of the municipality's district list (Oslo's 15), else
	 * {@code null} (unknown district; a municipality without a list has no districts).
	 */
	public static String district(String municipality, String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		Set<String> known = DISTRICTS.get(municipality);
		return (known != null && known.contains(value)) ? value : null;
	}

	/** A code as stored: blank → {@code null}; one or two ASCII letters or digits as is; else {@link #INVALID}. */
	public static String code(String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return isCode(value, 2) ? value : INVALID;
	}

	/** As {@link #code(String)}, for a country code of up to three characters. */
	public static String country(String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return isCode(value, 3) ? value : INVALID;
	}

	private static boolean isCode(String value, int maxLength) {
		if (value.length() > maxLength) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
				return false;
			}
		}
		return true;
	}


}
