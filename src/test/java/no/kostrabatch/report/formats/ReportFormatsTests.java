package no.kostrabatch.report.formats;

import no.kostrabatch.report.csv.CodebookCsvWriter;
import no.kostrabatch.report.csv.StatisticsCsvWriter;
import no.kostrabatch.report.excel.WorkbookWriter;
import no.kostrabatch.report.json.JsonStatWriter;
import no.kostrabatch.report.pdf.StatusReports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportFormatsTests {

	@Test
	void namesTheFormatsInTheOrderARunWritesThem() {
		assertThat(ReportFormats.NAMES).containsExactly("statistics.csv", "codebook.csv", "statistics.json",
				"tabeller.xlsx", "statusrapport.pdf");
	}

	@Test
	void findsTheWriterOfEachName() {
		assertThat(ReportFormats.named("statistics.csv")).isInstanceOf(StatisticsCsvWriter.class);
		assertThat(ReportFormats.named("codebook.csv")).isInstanceOf(CodebookCsvWriter.class);
		assertThat(ReportFormats.named("statistics.json")).isInstanceOf(JsonStatWriter.class);
		assertThat(ReportFormats.named("tabeller.xlsx")).isInstanceOf(WorkbookWriter.class);
		assertThat(ReportFormats.named("statusrapport.pdf")).isInstanceOf(StatusReports.class);
	}

	@Test
	void refusesAnUnknownName() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportFormats.named("tabeller.ods"))
			.withMessage("No report is called tabeller.ods; the reports are [statistics.csv, codebook.csv, "
					+ "statistics.json, tabeller.xlsx, statusrapport.pdf]");
	}

	@Test
	void knowsTheFilesItsWritersWrite() {
		assertThat(ReportFormats.isReport("statistics.csv")).isTrue();
		assertThat(ReportFormats.isReport("statusrapport-0301.pdf")).isTrue();
		assertThat(ReportFormats.isReport("sammenligning.pdf")).isTrue();
		assertThat(ReportFormats.isReport("statusrapport.pdf")).isTrue();
		assertThat(ReportFormats.isReport("avvist.csv")).isFalse();
		assertThat(ReportFormats.isReport("notes.txt")).isFalse();
	}

}
