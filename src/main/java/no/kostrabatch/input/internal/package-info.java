/**
 * How the input readers work: encoding detection, the CSV and 11F readers behind
 * {@link no.kostrabatch.input.ExtractReaders}, rejection reasons.
 */
@NonNullApi
package no.kostrabatch.input.internal;

import org.springframework.lang.NonNullApi;
