package no.kostrabatch.staging.internal;

import no.kostrabatch.input.ExtractFormat;
import no.kostrabatch.input.ParsedLine;

/** One read line with the import (file) it belongs to. */
public record ImportItem(long importId, ExtractFormat format, int reportingYear, ParsedLine line) {
}
