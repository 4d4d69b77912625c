package no.kostrabatch.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The fixed-width layout of the 11F file for one reporting year, loaded from
 * {@code layouts/11F-<year>.yaml}. Positions are the running sum of the field sizes in file order,
 * as in SSB's control program.
 */
public final class ElevenFLayout {

	/** The reporting years that have a layout resource. */
	public static final List<Integer> YEARS = List.of(2024, 2025, 2026);

	private static final Map<Integer, ElevenFLayout> CACHE = new ConcurrentHashMap<>();

	private final int year;

	private final int length;

	private final String datePattern;

	private final Map<ElevenFField, Span> spans;

	/** Where a field sits: 1-based first position, size, and whether the layout marks it mandatory. */
	public record Span(int from, int size, boolean mandatory) {

		public int to() {
			return this.from + this.size - 1;
		}

	}

	private ElevenFLayout(int year, int length, String datePattern, Map<ElevenFField, Span> spans) {
		this.year = year;
		this.length = length;
		this.datePattern = datePattern;
		this.spans = Collections.unmodifiableMap(spans);
	}

	/** The layout of a reporting year; years after the newest layout use the newest. */
	public static ElevenFLayout forYear(int year) {
		int layoutYear = YEARS.stream().filter((y) -> y <= year).reduce((a, b) -> b).orElse(YEARS.get(0));
		return CACHE.computeIfAbsent(layoutYear, ElevenFLayout::load);
	}

	/**
	 * The municipality number (KOMMUNE_NR) of a record line when it holds four digits there; the field
	 * is at the same place in every year's layout, so no year is needed.
	 */
	public static Optional<String> municipalityNumber(String line) {
		Span span = forYear(YEARS.get(0)).span(ElevenFField.KOMMUNE_NR);
		if (line.length() < span.to()) {
			return Optional.empty();
		}
		String number = line.substring(span.from() - 1, span.to());
		return number.chars().allMatch((c) -> c >= '0' && c <= '9') ? Optional.of(number) : Optional.empty();
	}

	/** The newest layout whose record length is {@code length}, if any. */
	public static Optional<ElevenFLayout> forLineLength(int length) {
		for (int i = YEARS.size() - 1; i >= 0; i--) {
			ElevenFLayout layout = forYear(YEARS.get(i));
			if (layout.length() == length) {
				return Optional.of(layout);
			}
		}
		return Optional.empty();
	}

	public int year() {
		return this.year;
	}

	public int length() {
		return this.length;
	}

	/** The date pattern of this layout's date fields ({@code ddMMyyyy}, or {@code ddMMyy} in 2024). */
	public String datePattern() {
		return this.datePattern;
	}

	public boolean has(ElevenFField field) {
		return this.spans.containsKey(field);
	}

	public Span span(ElevenFField field) {
		Span span = this.spans.get(field);
		if (span == null) {
			throw new IllegalArgumentException("The " + this.year + " layout has no field " + field);
		}
		return span;
	}

	/** The fields of this layout in file order. */
	public List<ElevenFField> fields() {
		return this.spans.keySet().stream().sorted((a, b) -> Integer.compare(span(a).from(), span(b).from())).toList();
	}

	@SuppressWarnings("unchecked")
	private static ElevenFLayout load(int year) {
		String resource = "layouts/11F-" + year + ".yaml";
		try (InputStream in = ElevenFLayout.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing layout resource " + resource);
			}
			Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			Map<ElevenFField, Span> spans = new EnumMap<>(ElevenFField.class);
			int position = 1;
			for (Map<String, Object> f : (List<Map<String, Object>>) yaml.get("fields")) {
				int size = (Integer) f.get("size");
				spans.put(ElevenFField.valueOf((String) f.get("name")),
						new Span(position, size, Boolean.TRUE.equals(f.get("mandatory"))));
				position += size;
			}
			int length = (Integer) yaml.get("length");
			if (position - 1 != length) {
				throw new IllegalStateException(resource + ": fields add up to " + (position - 1) + ", not " + length);
			}
			return new ElevenFLayout((Integer) yaml.get("year"), length, (String) yaml.get("dateFormat"), spans);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
