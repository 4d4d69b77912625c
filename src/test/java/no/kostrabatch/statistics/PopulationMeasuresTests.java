package no.kostrabatch.statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationMeasuresTests {

	@TempDir
	Path dir;

	@Test
	void ratesPerThousandAndSharesOfTheInhabitants() throws IOException {
		Path file = this.dir.resolve("population.csv");
		List<String> lines = new ArrayList<>(List.of("KOMMUNE_NR;AAR;ALDER;KJONN;ANTALL"));
		for (int age = 0; age <= 90; age++) {
			lines.add("1234;2025;" + age + ";1;50");
			lines.add("1234;2025;" + age + ";2;50");
		}
		Files.write(file, lines);
		Aggregator aggregator = new Aggregator(TableCatalog.load(), StatisticsSettings.defaults());
		int[] ages = { 19, 20, 22, 30, 45, 70 };
		for (int i = 0; i < ages.length; i++) {
			aggregator.add(new PersonYear("1234", null, 2025, "p" + i, 2025 - ages[i], "1", "1", "2", 0, "5", "12", "07",
					"1", "NO", 3, 3, 7, 3000, 0));
		}

		List<Cell> cells = PopulationMeasures.apply(TableCatalog.load(), aggregator.cells(), Population.load(file));

		assertThat(value(cells, "recipients_by_age_ssb", "20-24", "per_1000")).isEqualTo("4.0");
		assertThat(value(cells, "recipients_by_age_ssb", "total", "per_1000")).isEqualTo("0.7");
		assertThat(value(cells, "key_figures", null, "share_pop_18_24")).isEqualTo("0.4");
		assertThat(value(cells, "key_figures", null, "share_pop_25_66")).isEqualTo("0.0");
		assertThat(value(cells, "key_figures", null, "share_pop_18_66")).isEqualTo("0.1");
		assertThat(value(cells, "key_figures", null, "per_1000_pop")).isEqualTo("0.7");
		List<Cell> without = PopulationMeasures.apply(TableCatalog.load(), aggregator.cells(), Population.empty());
		assertThat(value(without, "key_figures", null, "per_1000_pop")).isEqualTo("..");
	}

	private static String value(List<Cell> cells, String table, String cat1, String measure) {
		return cells.stream()
			.filter((c) -> c.tableId().equals(table) && java.util.Objects.equals(c.cat1(), cat1) && c.measure().equals(measure))
			.map((c) -> c.hasValue() ? c.value().toPlainString() : c.symbol().text())
			.findFirst()
			.orElseThrow();
	}

}
