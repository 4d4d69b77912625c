/**
 * Spring Batch job configuration, the period runner, job files and the scheduler.
 */
@NonNullApi
package no.kostrabatch.jobs;

import org.springframework.lang.NonNullApi;
