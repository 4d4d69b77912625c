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
		this.report.section(this.text.t("Definisjoner, symboler og kilder", "Definitions, symbols and sources"));
		TableCatalog catalog = this.report.data().catalog();
		List<String[]> terms = List.of(
				new String[] { this.text.t("Mottaker", "Recipient"), defined(catalog.measure("recipients").definition()) },
				new String[] { this.text.t("Kjennetegn", "Characteristics"), this.text.t(
						"hovedinntekt, sivilstand, barn og de andre kjennetegnene gjelder ved siste kontakt: den siste måneden "
								+ "med stønad i året.",
						"main income, civil status, children and the other characteristics are those of the latest month "
								+ "with support in the year.") },
				new String[] { this.text.t("Alder", "Age"), defined(catalog.dimension("age").definition()) },
				new String[] { this.text.t("Langtidsmottaker", "Long-term recipient"),
						defined(catalog.measure("long_term").definition()) },
				new String[] { this.text.t("Stønadstid", "Duration"), defined(catalog.measure("mean_months").definition()) },
				new String[] { this.text.t("Prosent", "Per cent"), defined(catalog.measure("percent").definition()) },
				new String[] { this.text.t("Utbetalt stønad", "Assistance paid"), defined(catalog.measure("nok").definition())
						+ " " + defined(catalog.measure("nok_per_month").definition()) },
				new String[] { this.text.t("Familiefase", "Family phase"),
						defined(catalog.dimension("family_phase").definition()) },
				new String[] { this.text.t("Bydel", "District"), defined(catalog.dimension("district").definition()) },
				new String[] { this.text.t("Endring", "Change"), defined(catalog.measure("change").definition()) },
				new String[] { this.text.t("Indeks", "Index"), defined(catalog.measure("index").definition()) });
		for (String[] term : terms) {
			this.report.canvas().paragraph(term[0] + ": " + term[1], 9.5f);
		}
		this.report.canvas().heading(this.text.t("Symboler", "Symbols"), 12);
		this.report.canvas().paragraph(this.text.symbols(), 9.5f);
		this.report.canvas().paragraph(this.text.disclosure(), 9.5f);
		this.report.canvas().heading(this.text.t("Kilder", "Sources"), 12);
		this.report.canvas().paragraph(this.text.t(
				"Tallene er talt fra kommunenes saksbehandlingssystemer etter SSBs definisjoner for KOSTRA-skjema 11F, med kostra-batch. Filer: ",
				"The figures are counted from the municipalities' case systems by Statistics Norway's definitions for KOSTRA "
						+ "form 11F, with kostra-batch. Files: ")
				+ files(this.report.data().info().sourceFiles()) + ".", 9.5f);
	}

	/** The source files, the first {@value #LISTED} by name and the rest as a count. */
	private String files(List<String> names) {
		if (names.size() <= LISTED + 1) {
			return String.join(", ", names);
		}
		int more = names.size() - LISTED;
		return String.join(", ", names.subList(0, LISTED))
				+ this.text.t(" og " + more + " filer til", " and " + more + " more files");
	}

	private String defined(Label definition) {
		return definition.in(this.text.lang());
	}

}
