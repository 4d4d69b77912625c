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

}
