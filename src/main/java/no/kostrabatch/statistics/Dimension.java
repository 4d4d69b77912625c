package no.kostrabatch.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A classification variable with its code list in publication order, its definition and how a
 * person gets a code ({@code classification}; {@code null} for a dimension whose categories are the
 * measures of a table, such as {@code indicator}). The codes {@code total} and {@code unknown} are
 * part of the list where they apply. Dimensions with an open code list (such as {@code district})
 * have {@code open = true} and take their codes from the data.
 */
public record Dimension(String id, Label label, List<Category> categories, boolean open, Label definition,
		Classification classification) {

	public static final String TOTAL = "total";

	public static final String UNKNOWN = "unknown";

	public Dimension {
		categories = List.copyOf(categories);
		Objects.requireNonNull(definition, () -> "Dimension " + id + " has no definition");
	}

	public Optional<Category> category(String code) {
		return this.categories.stream().filter((c) -> c.code().equals(code)).findFirst();
	}

	public int rank(String code) {
		if (this.open) {
			return TOTAL.equals(code) ? 0 : UNKNOWN.equals(code) ? Integer.MAX_VALUE - 1 : 1;
		}
		for (int i = 0; i < this.categories.size(); i++) {
			if (this.categories.get(i).code().equals(code)) {
				return i;
			}
		}
		return this.categories.size();
	}

	/** Label of a code in a language; unknown codes of open dimensions are shown as they are. */
	public String labelOf(String code, Lang lang) {
		return category(code).map((c) -> c.label().in(lang)).orElse(code);
	}

}
