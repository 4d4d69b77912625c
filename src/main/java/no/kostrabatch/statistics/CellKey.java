package no.kostrabatch.statistics;

/**
 * What identifies a cell without its value: table, region, period, categories and measure. A
 * one-dimension table has no {@code dim2}/{@code cat2}, {@code key_figures} has no dimension.
 */
public record CellKey(String tableId, String region, String period, String dim1, String cat1, String dim2,
		String cat2, String measure) {

	/** The key of the same cell's {@code measure}. */
	public CellKey withMeasure(String otherMeasure) {
		return new CellKey(this.tableId, this.region, this.period, this.dim1, this.cat1, this.dim2, this.cat2,
				otherMeasure);
	}

	/** The key as one text, {@code table|region|period|dim1|cat1|dim2|cat2|measure} (empty for none). */
	public String text() {
		return String.join("|", this.tableId, this.region, this.period, nz(this.dim1), nz(this.cat1), nz(this.dim2),
				nz(this.cat2), this.measure);
	}

	private static String nz(String s) {
		return (s != null) ? s : "";
	}

}
