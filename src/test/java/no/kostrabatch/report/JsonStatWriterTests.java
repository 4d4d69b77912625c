package no.kostrabatch.report;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.report.json.JsonStatWriter;
import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JsonStatWriterTests {

	@TempDir
	Path dir;

	@Test
	void aJsonStatCollectionWhoseValuesEqualTheCells() throws IOException {
		ReportData data = ReportFixtures.twoCities(Lang.NB, DisclosureMode.PUBLIC);
		Path file = this.dir.resolve("statistics.json");

		new JsonStatWriter().write(data, file);

		JsonNode root = new ObjectMapper().readTree(file.toFile());
		assertThat(root.get("version").asText()).isEqualTo("2.0");
		assertThat(root.get("class").asText()).isEqualTo("collection");
		JsonNode age = null;
		for (JsonNode item : root.get("link").get("item")) {
			if (item.get("label").asText().equals("Mottakere etter alder")) {
				age = item;
			}
		}
		assertThat(age).isNotNull();
		assertThat(age.get("id")).extracting(JsonNode::asText).containsExactly("region", "period", "age", "measure");
		JsonNode dims = age.get("dimension");
		int region = dims.get("region").get("category").get("index").get("0301").asInt();
		int period = dims.get("period").get("category").get("index").get("2025").asInt();
		int category = dims.get("age").get("category").get("index").get("total").asInt();
		int measure = dims.get("measure").get("category").get("index").get("recipients").asInt();
		int[] size = new int[4];
		for (int i = 0; i < 4; i++) {
			size[i] = age.get("size").get(i).asInt();
		}
		int position = ((region * size[1] + period) * size[2] + category) * size[3] + measure;
		assertThat(age.get("value").get(position).asInt()).isEqualTo(1150);
		assertThat(dims.get("region").get("category").get("label").get("0301").asText()).isEqualTo("Oslo");
	}

	@Test
	void rolesUnitsAndEnglishLabels() throws IOException {
		Path file = this.dir.resolve("statistics-en.json");
		new JsonStatWriter().write(ReportFixtures.twoCities(Lang.EN, DisclosureMode.PUBLIC), file);

		JsonNode root = new ObjectMapper().readTree(file.toFile());
		assertThat(root.get("label").asText()).isEqualTo("Economic social assistance 2025");
		JsonNode age = dataset(root, "Recipients by age");
		assertThat(age.get("role").get("time")).extracting(JsonNode::asText).containsExactly("period");
		assertThat(age.get("role").get("geo")).extracting(JsonNode::asText).containsExactly("region");
		assertThat(age.get("role").get("metric")).extracting(JsonNode::asText).containsExactly("measure");
		JsonNode dims = age.get("dimension");
		assertThat(dims.get("period").get("label").asText()).isEqualTo("Period");
		assertThat(dims.get("measure").get("label").asText()).isEqualTo("Measure");
		assertThat(dims.get("region").get("category").get("label").get("group:run").asText()).isEqualTo("The cities of the run");
		JsonNode units = dims.get("measure").get("category").get("unit");
		assertThat(units.get("recipients").get("label").asText()).isEqualTo("persons");
		assertThat(units.get("recipients").get("decimals").asInt()).isZero();
		assertThat(units.get("percent").get("decimals").asInt()).isEqualTo(1);
		assertThat(units.get("change").get("label").asText()).isEqualTo("persons");
		JsonNode change = dataset(root, "Change of the key figures from the previous period").get("dimension").get("measure").get("category").get("unit");
		assertThat(change.get("change").get("label").asText()).isEqualTo("the key figure's unit");
		assertThat(change.get("change").has("decimals")).isFalse();
		String text = java.nio.file.Files.readString(file);
		assertThat(text).doesNotContain("Periode", "\"Mål\"", "Økonomisk sosialhjelp", "Byene i kjøringen", "bydel/kontor");
	}

	@Test
	void aMonthlyPeriodSaysWhatItCovers() throws IOException {
		Path file = this.dir.resolve("monthly.json");
		new JsonStatWriter().write(no.kostrabatch.report.excel.MonthlyWorkbookFixtures.march2025(Lang.NB,
				DisclosureMode.INTERNAL), file);

		JsonNode root = new ObjectMapper().readTree(file.toFile());
		assertThat(dataset(root, "Mottakere etter alder").get("dimension").get("period").get("category").get("label")
			.get("2025-03").asText()).isEqualTo("januar–mars 2025");
		JsonNode status = dataset(root, "Månedsstatus (måneden og hittil i år)");
		assertThat(status.get("dimension").get("period").get("category").get("label").get("2025-03").asText())
			.isEqualTo("mars 2025");
		assertThat(status.get("dimension").get("period").get("category").get("label").get("2025-01").asText())
			.isEqualTo("januar 2025");
	}

	private static JsonNode dataset(JsonNode root, String label) {
		for (JsonNode item : root.get("link").get("item")) {
			if (item.get("label").asText().equals(label)) {
				return item;
			}
		}
		throw new AssertionError("no dataset " + label);
	}

}
