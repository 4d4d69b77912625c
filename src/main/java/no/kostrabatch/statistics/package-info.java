/**
 * The statistics catalogue (tables as data), person-years and the aggregation engine.
 */
@NonNullApi
package no.kostrabatch.statistics;

import org.springframework.lang.NonNullApi;
