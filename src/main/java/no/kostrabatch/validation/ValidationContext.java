package no.kostrabatch.validation;

/**
 * What the rules check against.
 *
 * @param reportingYear the year reported on (ages are reporting year − birth year)
 * @param municipality the municipality expected in KOMMUNE_NR
 */
public record ValidationContext(int reportingYear, String municipality) {
}
