package no.kostrabatch.disclosure.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.kostrabatch.statistics.Category;
import no.kostrabatch.statistics.Dimension;
import no.kostrabatch.statistics.TableCatalog;
import no.kostrabatch.statistics.TableDefinition;

/**
 * The groups of cells that add up to a published total in one table: the categories of a dimension
 * with its {@code total} (for every category of the other dimension, margins included), and each
 * subtotal with its members. Cells are keys {@code cat1|cat2}.
 */
public final class AdditiveGroups {

	private AdditiveGroups() {
	}

	public static List<List<String>> of(TableDefinition table, TableCatalog catalog, Set<String> cat1, Set<String> cat2) {
		List<List<String>> groups = new ArrayList<>();
		Dimension d1 = catalog.dimension(table.dim1());
		Dimension d2 = (table.dim2() != null) ? catalog.dimension(table.dim2()) : null;
		for (String c2 : cat2) {
			for (List<String> codes : along(d1, cat1)) {
				groups.add(codes.stream().map((c1) -> c1 + "|" + c2).toList());
			}
		}
		if (d2 != null) {
			for (String c1 : cat1) {
				for (List<String> codes : along(d2, cat2)) {
					groups.add(codes.stream().map((c2) -> c1 + "|" + c2).toList());
				}
			}
		}
		return groups;
	}

	/** Within one dimension: total + its leaf categories, and each subtotal + its members. */
	private static List<List<String>> along(Dimension dimension, Set<String> present) {
		List<List<String>> groups = new ArrayList<>();
		Set<String> members = new LinkedHashSet<>();
		for (Category category : dimension.categories()) {
			members.addAll(category.members());
		}
		List<String> leaves = new ArrayList<>();
		leaves.add(Dimension.TOTAL);
		for (String code : present) {
			boolean subtotal = dimension.category(code).map(Category::isSubtotal).orElse(false);
			if (!Dimension.TOTAL.equals(code) && !subtotal) {
				leaves.add(code);
			}
		}
		groups.add(leaves);
		for (Category category : dimension.categories()) {
			if (category.isSubtotal() && present.contains(category.code())) {
				List<String> group = new ArrayList<>();
				group.add(category.code());
				category.members().stream().filter(present::contains).forEach(group::add);
				groups.add(group);
			}
		}
		return groups;
	}

}
