package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.List;

import no.kostrabatch.statistics.Label;
import no.kostrabatch.statistics.TableCatalog;

/** Definitions (from the catalogue), symbols, disclosure and sources at the end of the report. */
final class NotesSection {

	private static final int LISTED = 8;

	private final Report report;

	private final ReportText text;

	NotesSection(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write() throws IOException {
		this.report.section(this.text.m("pdf.notes_section.definitions_symbols_and_sources"));
		TableCatalog catalog = this.report.data().catalog();
		List<String[]> terms = List.of(
				new String[] { this.text.m("pdf.notes_section.recipient"), defined(catalog.measure("recipients").definition()) },
				new String[] { this.text.m("pdf.notes_section.characteristics"), this.text.m("pdf.notes_section.main_income_civil_status_children") },
				new String[] { this.text.m("pdf.notes_section.age"), defined(catalog.dimension("age").definition()) },
				new String[] { this.text.m("pdf.notes_section.long_term_recipient"),
						defined(catalog.measure("long_term").definition()) },
				new String[] { this.text.m("pdf.notes_section.duration"), defined(catalog.measure("mean_months").definition()) },
				new String[] { this.text.m("pdf.notes_section.per_cent"), defined(catalog.measure("percent").definition()) },
				new String[] { this.text.m("pdf.notes_section.assistance_paid"), defined(catalog.measure("nok").definition())
						+ " " + defined(catalog.measure("nok_per_month").definition()) },
				new String[] { this.text.m("pdf.notes_section.family_phase"),
						defined(catalog.dimension("family_phase").definition()) },
				new String[] { this.text.m("pdf.notes_section.district"), defined(catalog.dimension("district").definition()) },
				new String[] { this.text.m("pdf.notes_section.change"), defined(catalog.measure("change").definition()) },
				new String[] { this.text.m("pdf.notes_section.index"), defined(catalog.measure("index").definition()) });
		for (String[] term : terms) {
			this.report.canvas().paragraph(term[0] + ": " + term[1], 9.5f);
		}
		this.report.canvas().heading(this.text.m("pdf.notes_section.symbols"), 12);
		this.report.canvas().paragraph(this.text.symbols(), 9.5f);
		this.report.canvas().paragraph(this.text.disclosure(), 9.5f);
		this.report.canvas().heading(this.text.m("pdf.notes_section.sources"), 12);
		this.report.canvas().paragraph(this.text.m("pdf.notes_section.the_figures_are_counted_from",
				files(this.report.data().info().sourceFiles())), 9.5f);
	}

	/** The source files, the first {@value #LISTED} by name and the rest as a count. */
	private String files(List<String> names) {
		if (names.size() <= LISTED + 1) {
			return String.join(", ", names);
		}
		int more = names.size() - LISTED;
		return this.text.m("pdf.notes_section.and_more_files", String.join(", ", names.subList(0, LISTED)), more);
	}

	private String defined(Label definition) {
		return definition.in(this.text.lang());
	}

}
