/**
 * The store: pseudonymised person-month facts, the import log and run results (JDBC).
 */
@NonNullApi
package no.kostrabatch.staging;

import org.springframework.lang.NonNullApi;
