/**
 * The output formats a run can ask for, keyed by the name its outputs list uses.
 */
@NonNullApi
package no.kostrabatch.report.formats;

import org.springframework.lang.NonNullApi;
