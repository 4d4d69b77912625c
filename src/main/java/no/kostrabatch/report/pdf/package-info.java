/**
 * The PDF reports: a status report per municipality ({@code statusrapport-<kommunenr>.pdf}) and the
 * comparison of the run's cities ({@code sammenligning.pdf}), PDFBox pages with JFreeChart charts drawn
 * as vector graphics.
 */
@NonNullApi
package no.kostrabatch.report.pdf;

import org.springframework.lang.NonNullApi;
