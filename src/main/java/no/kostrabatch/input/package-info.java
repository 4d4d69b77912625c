/**
 * Reading the inputs: 11F layouts, CSV extracts, identity numbers and pseudonymisation.
 */
@NonNullApi
package no.kostrabatch.input;

import org.springframework.lang.NonNullApi;
