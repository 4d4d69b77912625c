package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import no.kostrabatch.statistics.Lang;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a long-term threshold of 10 months ({@code KOSTRA_LONGTERMTHRESHOLD=10}) the numbers follow
 * the setting, and so does every label and definition: the codebook, the JSON-stat, the workbook
 * and the PDF say "10 måneder eller mer", never KOSTRA's 6.
 */
@SpringBootTest(properties = "kostra.long-term-threshold=10")
class LongTermThresholdJobFunctionalTests {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("store/kostra"));
		registry.add("kostra.pseudonym-key-file", () -> dir.resolve("key/pseudonym.key").toString());
	}

	@Autowired
	PeriodJobRunner runner;

	@Test
	void theThresholdIsInEveryLabelAndDefinition() throws IOException {
		Path extract = dir.resolve("4601-2025.csv");
		new SampleGenerator(7).write("4601", 2025, 80, SampleFormat.CSV, extract);
		Path out = dir.resolve("out");

		RunOutcome run = this.runner.run("annual",
				RunParameters.of("2025", List.of(extract), out, DisclosureMode.INTERNAL, Lang.NB, null, 3));

		assertThat(run.succeeded()).as(run.message()).isTrue();
		Map<String, String> cells = AnnualJobFunctionalTests.cells(out.resolve("statistics.csv"));
		long tenOrMore = 0;
		for (int months = 10; months <= 12; months++) {
			tenOrMore += Long.parseLong(cells.get("recipients_by_months|4601|2025|" + months + "|recipients"));
		}
		assertThat(cells).containsEntry("key_figures|4601|2025||long_term", String.valueOf(tenOrMore))
			.containsEntry("recipients_by_long_term|4601|2025|yes|recipients", String.valueOf(tenOrMore));

		String codebook = Files.readString(out.resolve("codebook.csv"), StandardCharsets.UTF_8);
		assertThat(codebook).contains("Langtidsmottakere (10 måneder eller mer)", "Long-term recipients (10 months or more)",
				"Under 10 måneder", "Stønad i 10 måneder eller mer i året.")
			.doesNotContain("6 måneder eller mer", "6 months or more", "Under 6 måneder");
		String json = Files.readString(out.resolve("statistics.json"), StandardCharsets.UTF_8);
		assertThat(json).contains("10 måneder eller mer").doesNotContain("6 måneder eller mer");
		String workbook = AnnualJobFunctionalTests.contentOf(out.resolve("tabeller.xlsx"));
		assertThat(workbook).contains("10 måneder eller mer").doesNotContain("6 måneder eller mer", "Under 6 måneder");
		String pdf;
		try (PDDocument document = Loader.loadPDF(out.resolve("statusrapport-4601.pdf").toFile())) {
			pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(pdf).contains("10 måneder eller mer").doesNotContain("6 måneder eller mer", "Under 6 måneder");
	}

}
