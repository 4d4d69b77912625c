/**
 * The CSV outputs: statistics.csv and avvist.csv.
 */
@NonNullApi
package no.kostrabatch.report.csv;

import org.springframework.lang.NonNullApi;
