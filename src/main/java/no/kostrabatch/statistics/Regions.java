package no.kostrabatch.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kostrabatch.input.Municipalities;
import no.kostrabatch.input.ReferenceFiles;

/**
 * Reference data on regions: municipality names and number changes, Oslo's districts and named
 * comparison groups (ASSS). Region codes are a municipality {@code NNNN}, a district
 * {@code NNNNDD} and a group {@code group:<id>}.
 */
public final class Regions {

	public static final String GROUP_PREFIX = Region.GROUP_PREFIX;

	public static final String OSLO = Municipalities.OSLO;

	private final Map<String, String> names = new HashMap<>();

	private final Map<String, String> replacedBy = new HashMap<>();

	private final Map<String, List<String>> groups = new LinkedHashMap<>();

	private Regions() {
	}

	public static Regions load() {
		Regions regions = new Regions();
		for (String[] row : ReferenceFiles.rows("reference/municipalities.csv")) {
			regions.names.put(row[0], row[1]);
			if (row.length > 4 && !row[4].isBlank()) {
				regions.replacedBy.put(row[0], row[4]);
			}
		}
		for (String[] row : ReferenceFiles.rows("reference/groups.csv")) {
			regions.groups.computeIfAbsent(row[0], (g) -> new ArrayList<>()).add(row[1]);
		}
		return regions;
	}

	/** The current number of a municipality, following number changes (e.g. 1201 → 4601). */
	public String current(String municipality) {
		String code = municipality;
		for (int guard = 0; guard < 10 && this.replacedBy.containsKey(code); guard++) {
			code = this.replacedBy.get(code);
		}
		return code;
	}

	/** A municipality's current number and every number it had before, current first. */
	public List<String> formerNumbers(String municipality) {
		List<String> numbers = new ArrayList<>();
		numbers.add(municipality);
		for (int i = 0; i < numbers.size() && i < 20; i++) {
			String code = numbers.get(i);
			this.replacedBy.forEach((old, replacement) -> {
				if (replacement.equals(code) && !numbers.contains(old)) {
					numbers.add(old);
				}
			});
		}
		return numbers;
	}

	/** {@link Region#isGroup()} of a region's code. */
	public static boolean isGroup(String region) {
		return Region.of(region).isGroup();
	}

	/** {@link Region#isDistrict()} of a region's code. */
	public static boolean isDistrict(String region) {
		return Region.of(region).isDistrict();
	}

	/** {@link Region#municipalityCode()} of a region's code; a group's code is its own. */
	public static String municipalityOf(String region) {
		Region code = Region.of(region);
		return code.isGroup() ? region : code.municipalityCode();
	}

	/** A readable name: "Oslo", "Oslo, bydel Frogner", "ASSS", or the code itself. */
	public String name(String region) {
		return name(region, Lang.NB);
	}

	/** A readable name in a language: "The cities of the run", "Bergen, district/office 02". */
	public String name(String region, Lang lang) {
		Region code = Region.of(region);
		if (code.isGroup()) {
			String id = code.groupId();
			return "run".equals(id) ? ((lang == Lang.EN) ? "The cities of the run" : "Byene i kjøringen") : id;
		}
		String municipality = code.municipalityCode();
		String name = this.names.getOrDefault(municipality, municipality);
		if (code.isDistrict()) {
			String district = code.districtCode();
			String districtName = OSLO.equals(municipality) ? OsloDistricts.NAMES.get(district) : null;
			return name + ", " + ((districtName != null) ? districtName
					: ((lang == Lang.EN) ? "district/office " : "bydel/kontor ") + district);
		}
		return name;
	}

	/** A district's own name (without the municipality), or its code. */
	public String districtName(String municipality, String district) {
		if (OSLO.equals(municipality) && OsloDistricts.NAMES.containsKey(district)) {
			return OsloDistricts.NAMES.get(district);
		}
		return district;
	}

	/**
	 * The district if it is one of the municipality's districts (Oslo's 15 in
	 * {@code reference/oslo-districts.csv}), else {@code null}: an unknown district counts within its
	 * municipality and is never a region of its own; a municipality without a list has no districts.
	 */
	public static String knownDistrict(String municipality, String district) {
		if (district == null || !OSLO.equals(municipality)) {
			return null;
		}
		return OsloDistricts.NAMES.containsKey(district) ? district : null;
	}

	/** Oslo's districts, code to name, read from {@code reference/oslo-districts.csv} once, when first used. */
	private static final class OsloDistricts {

		static final Map<String, String> NAMES = read();

		private static Map<String, String> read() {
			Map<String, String> names = new LinkedHashMap<>();
			for (String[] row : ReferenceFiles.rows("reference/oslo-districts.csv")) {
				names.put(row[0], row[1]);
			}
			return Collections.unmodifiableMap(names);
		}

	}

	public Optional<List<String>> group(String id) {
		return Optional.ofNullable(this.groups.get(id)).map(List::copyOf);
	}

	public Map<String, List<String>> groups() {
		return Map.copyOf(this.groups);
	}


}
