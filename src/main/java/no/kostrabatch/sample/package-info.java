/**
 * Deterministic synthetic sample data: monthly CSV extracts, 11F files and population files.
 */
@NonNullApi
package no.kostrabatch.sample;

import org.springframework.lang.NonNullApi;
