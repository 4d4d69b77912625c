/**
 * The benchmark's second opinion: the same tables computed by DuckDB from the same CSV extract, and the
 * check that the job's cells agree with them.
 */
@NonNullApi
package no.kostrabatch.bench;

import org.springframework.lang.NonNullApi;
