package no.kostrabatch.statistics;

import java.util.List;

/**
 * One code of a dimension with its labels. A subtotal category lists the codes it adds up
 * ({@code members}); other categories have none.
 */
public record Category(String code, Label label, List<String> members) {

	public Category {
		members = List.copyOf(members);
	}

	public boolean isSubtotal() {
		return !this.members.isEmpty();
	}

}
