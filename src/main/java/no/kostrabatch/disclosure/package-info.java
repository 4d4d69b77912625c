/**
 * Disclosure control of published cells.
 */
@NonNullApi
package no.kostrabatch.disclosure;

import org.springframework.lang.NonNullApi;
