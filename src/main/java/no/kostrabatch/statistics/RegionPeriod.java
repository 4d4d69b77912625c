package no.kostrabatch.statistics;

/**
 * A region in a period: what a municipality's figures of one year (or year to date) are kept under.
 *
 * @param region the municipality, district or group
 * @param period the year or month
 */
public record RegionPeriod(Region region, Period period) {

	/** The region and period of a cell. */
	public static RegionPeriod of(Cell cell) {
		return new RegionPeriod(Region.of(cell.region()), Period.parse(cell.period()));
	}

	/** The same region a year before. */
	public RegionPeriod yearBefore() {
		return new RegionPeriod(this.region, this.period.yearBefore());
	}

}
