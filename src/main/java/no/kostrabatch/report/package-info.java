/**
 * The neutral report model and the writers of every output.
 */
@NonNullApi
package no.kostrabatch.report;

import org.springframework.lang.NonNullApi;
