package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.util.List;

/** Definitions, symbols, disclosure and sources at the end of the report. */
final class NotesSection {

	private final Report report;

	private final ReportText text;

	NotesSection(Report report) {
		this.report = report;
		this.text = report.text();
	}

	void write() throws IOException {
		this.report.section(this.text.t("Definisjoner, symboler og kilder", "Definitions, symbols and sources"));
		List<String[]> terms = List.of(
				new String[] { this.text.t("Mottaker", "Recipient"), this.text.t(
						"en person som har fått økonomisk stønad (bidrag og/eller lån) i minst én måned i året. En person telles "
								+ "én gang i kommunen, i bydelen for den siste måneden med stønad.",
						"a person who received financial assistance (grant and/or loan) in at least one month of the year, "
								+ "counted once in the municipality, in the district of the latest month with support.") },
				new String[] { this.text.t("Kjennetegn", "Characteristics"), this.text.t(
						"hovedinntekt, sivilstand, barn og de andre kjennetegnene gjelder ved siste kontakt: den siste måneden "
								+ "med stønad i året.",
						"main income, civil status, children and the other characteristics are those of the latest month "
								+ "with support in the year.") },
				new String[] { this.text.t("Alder", "Age"), this.text.t("alder ved utgangen av året (år minus fødselsår).",
						"age at the end of the year (year minus birth year).") },
				new String[] { this.text.t("Langtidsmottaker", "Long-term recipient"), this.text.t(
						"stønad i seks måneder eller mer i året.", "support in six months or more of the year.") },
				new String[] { this.text.t("Stønadstid", "Duration"), this.text.t(
						"antall måneder med stønad i året; gjennomsnittet er summen av stønadsmåneder delt på antall mottakere.",
						"months with support in the year; the mean is the sum of support months divided by recipients.") },
				new String[] { this.text.t("Prosent", "Per cent"), this.text.t(
						"andel av mottakerne med kjent verdi; «Uoppgitt» er holdt utenfor nevneren og får «.».",
						"share of the recipients with a known value; 'Unknown' is left out of the denominator and shows '.'.") },
				new String[] { this.text.t("Utbetalt stønad", "Assistance paid"), this.text.t(
						"brutto bidrag og lån. Stønad per måned er utbetalt delt på antall stønadsmåneder.",
						"gross grants and loans. Per month is the amount paid divided by support months.") },
				new String[] { this.text.t("Familiefase", "Family phase"), this.text.t(
						"enslige menn og kvinner etter alder, enslige forsørgere og par, med eller uten barn under 18 år, ved "
								+ "siste kontakt. Summene for enslige menn, enslige kvinner og enslige forsørgere er delsummer av "
								+ "gruppene under dem.",
						"single men and women by age, single parents and couples, with or without children under 18, at the "
								+ "latest contact. The sums for single men, single women and single parents are subtotals of the "
								+ "groups below them.") },
				new String[] { this.text.t("Bydel", "District"), this.text.t(
						"bydelen eller NAV-kontoret for den siste måneden med stønad i året.",
						"the district or NAV office of the latest month with support in the year.") },
				new String[] { this.text.t("Indeks", "Index"), this.text.t(
						"verdien i prosent av det uvektede gjennomsnittet for byene i rapporten (snitt = 100).",
						"the value as a percentage of the unweighted mean of the cities in the report (mean = 100).") });
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
				+ String.join(", ", this.report.data().info().sourceFiles()) + ".", 9.5f);
	}

}
