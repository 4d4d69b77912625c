/**
 * The status report ({@code statusrapport.pdf}): PDFBox pages with JFreeChart charts drawn as vector
 * graphics.
 */
@NonNullApi
package no.kostrabatch.report.pdf;

import org.springframework.lang.NonNullApi;
