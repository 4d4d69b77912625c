/**
 * Generated sentences and number texts of the reports, in bokmål and English.
 */
@NonNullApi
package no.kostrabatch.report.text;

import org.springframework.lang.NonNullApi;
