package no.kostrabatch.statistics;

import java.util.regex.Pattern;

/**
 * A region a cell is about: a municipality {@code NNNN}, one of its districts {@code NNNNDD} (the
 * municipality's number and the district's code) or a comparison group {@code group:<id>}. Its
 * text, {@link #toString()}, is the code stored and written in every output.
 *
 * @param code the region's code
 */
public record Region(String code) implements Comparable<Region> {

	/** The text before a group's id. */
	public static final String GROUP_PREFIX = "group:";

	private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

	private static final int MUNICIPALITY_LENGTH = 4;

	public Region {
		if (code.isEmpty()) {
			throw new IllegalArgumentException("A region needs a code.");
		}
	}

	public static Region of(String code) {
		return new Region(code);
	}

	/** A municipality's district: {@code 030101} for Oslo and district {@code 01}. */
	public static Region district(String municipality, String district) {
		return new Region(municipality + district);
	}

	public static Region group(String id) {
		return new Region(GROUP_PREFIX + id);
	}

	/** Whether a code is a municipality's four digits (not a district or a group). */
	public static boolean isMunicipalityCode(String code) {
		return MUNICIPALITY.matcher(code).matches();
	}

	public boolean isGroup() {
		return this.code.startsWith(GROUP_PREFIX);
	}

	public boolean isDistrict() {
		return !isGroup() && this.code.length() > MUNICIPALITY_LENGTH;
	}

	/** The municipality a municipality or district belongs to (itself for a municipality). */
	public Region municipality() {
		return isDistrict() ? new Region(municipalityCode()) : this;
	}

	/** The municipality's number of a municipality or district: {@code 0301} for {@code 030101}. */
	public String municipalityCode() {
		if (isGroup()) {
			throw new IllegalStateException("A group belongs to no municipality: " + this.code);
		}
		return this.code.substring(0, Math.min(MUNICIPALITY_LENGTH, this.code.length()));
	}

	/** A district's own code within its municipality: {@code 01} for {@code 030101}. */
	public String districtCode() {
		if (!isDistrict()) {
			throw new IllegalStateException("Not a district: " + this.code);
		}
		return this.code.substring(MUNICIPALITY_LENGTH);
	}

	/** A group's id: {@code ASSS} for {@code group:ASSS}. */
	public String groupId() {
		if (!isGroup()) {
			throw new IllegalStateException("Not a group: " + this.code);
		}
		return this.code.substring(GROUP_PREFIX.length());
	}

	@Override
	public int compareTo(Region other) {
		return this.code.compareTo(other.code);
	}

	@Override
	public String toString() {
		return this.code;
	}

}
