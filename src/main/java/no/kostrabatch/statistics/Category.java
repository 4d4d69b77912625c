package no.kostrabatch.statistics;

import java.util.List;
import java.util.Optional;

/**
 * One code of a dimension with its labels. A subtotal category lists the codes it adds up
 * ({@code members}); other categories have none. A category whose label does not say enough has a
 * {@code definition}; the others have {@code null}.
 */
public record Category(String code, Label label, List<String> members, Label definition) {

	public Category {
		members = List.copyOf(members);
	}

	public Optional<Label> definitionIfAny() {
		return Optional.ofNullable(this.definition);
	}

	public boolean isSubtotal() {
		return !this.members.isEmpty();
	}

}
