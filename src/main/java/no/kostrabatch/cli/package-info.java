/**
 * The command line.
 */
@NonNullApi
package no.kostrabatch.cli;

import org.springframework.lang.NonNullApi;
