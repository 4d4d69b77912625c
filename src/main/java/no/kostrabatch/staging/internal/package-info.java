/**
 * Spring Batch adapters of the import step.
 */
@NonNullApi
package no.kostrabatch.staging.internal;

import org.springframework.lang.NonNullApi;
