package no.kostrabatch.staging;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import no.kostrabatch.input.PersonMonth;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class FactStoreTests {

	private FactStore store;

	@BeforeEach
	void store() {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
		this.store = new FactStore(dataSource);
	}

	@Test
	void factsOfAnUnfinishedImportAreNotVisible() {
		long id = importOf("a.csv", fact("p1", 1, 1000), fact("p2", 1, 500));

		assertThat(persons("0301", 2025)).isEmpty();

		this.store.finishImport(id);
		assertThat(persons("0301", 2025)).containsExactly("p1:1", "p2:1");
	}

	@Test
	void reimportingAMonthReplacesItWithoutDoubleCounting() {
		this.store.finishImport(importOf("jan.csv", fact("p1", 1, 1000), fact("p2", 1, 500)));
		this.store.finishImport(importOf("feb.csv", fact("p1", 2, 1000)));

		ImportSummary again = this.store.finishImport(importOf("jan.csv", fact("p1", 1, 1000)));

		assertThat(again.factsReplaced()).isEqualTo(2);
		assertThat(persons("0301", 2025)).containsExactly("p1:1,2");
		assertThat(this.store.municipalities(2025)).containsExactly("0301");
		assertThat(this.store.years("0301")).containsExactly(2025);
	}

	@Test
	void filesOfOneRunAddUpAndTogetherReplaceOnlyWhatEarlierRunsDelivered() {
		this.store.finishImport(importOf("old.csv", fact("p9", 1, 100)));
		long a = importOf("a.csv", fact("p1", 1, 1000), fact("p2", 1, 500));
		long b = importOf("b.csv", fact("p3", 1, 1000), fact("p1", 1, 200));

		List<ImportDelivery> run = this.store.finishRun(List.of(a, b), Set.of());

		assertThat(persons("0301", 2025)).containsExactly("p1:1,1", "p2:1", "p3:1");
		assertThat(run).extracting(ImportDelivery::before).containsExactly(1L, 1L);
		assertThat(run).extracting(ImportDelivery::after).containsExactly(4L, 4L);
		assertThat(run).allSatisfy((d) -> assertThat(d.months()).containsExactly(YearMonth.of(2025, 1)));
	}

	@Test
	void aFewRowsOutsideAFilesMonthAreRejectedAndDoNotReplaceThatMonth() {
		this.store.finishImport(importOf("dec.csv", fact("p9", 2024, 12, 100), fact("p8", 2024, 12, 100)));
		List<PersonMonth> january = new ArrayList<>();
		for (int p = 0; p < 30; p++) {
			january.add(fact("q" + p, 1, 100));
		}
		january.add(new PersonMonth("0301", "01", YearMonth.of(2024, 12), "q1", 1990, "1", "1", "2", null, "5", "12",
				"07", "1", "NO", 100, 0, true, 31));
		long id = importOf("jan.csv", january.toArray(PersonMonth[]::new));
		this.store.addCounts(id, 31, 31, 0);

		ImportDelivery delivery = this.store.finishRun(List.of(id), Set.of()).get(0);

		assertThat(delivery.strayMonths()).containsExactly(YearMonth.of(2024, 12));
		assertThat(delivery.strayRows()).isEqualTo(1);
		assertThat(delivery.months()).containsExactly(YearMonth.of(2025, 1));
		assertThat(delivery.summary().factsWritten()).isEqualTo(30);
		assertThat(delivery.summary().rejected()).isEqualTo(1);
		assertThat(persons("0301", 2024)).containsExactly("p8:12", "p9:12");
		assertThat(this.store.rejected(List.of(id))).singleElement()
			.satisfies((row) -> assertThat(row).containsExactly("jan.csv", "31", "Linje 31: PERIODE 2024-12 ligger utenfor "
					+ "filens periode 2025-01; bruk --replace-months 2024-12 for å erstatte den måneden"));
	}

	@Test
	void streamsOnePersonAtATimeWithMonthsInOrderAndCanStopAtAMonth() {
		this.store.finishImport(importOf("x.csv", fact("p2", 3, 10), fact("p1", 5, 10), fact("p1", 2, 10),
				fact("p2", 1, 10)));

		assertThat(persons("0301", 2025)).containsExactly("p1:2,5", "p2:1,3");
		List<String> upToMarch = new ArrayList<>();
		this.store.forEachPerson("0301", 2025, 3, (facts) -> upToMarch.add(facts.get(0).personKey() + ":" + facts.size()));
		assertThat(upToMarch).containsExactly("p1:1", "p2:2");
	}

	@Test
	void keepsRejectedLinesAndCounts() {
		long id = importOf("bad.csv", fact("p1", 1, 1));
		this.store.writeRejected(List.<Object[]>of(new Object[] { id, 7L, "PERIODE: fant '2025-13', forventet ÅÅÅÅ-MM" }));
		this.store.addCounts(id, 2, 1, 1);

		ImportSummary summary = this.store.finishImport(id);

		assertThat(summary.linesRead()).isEqualTo(2);
		assertThat(summary.factsWritten()).isEqualTo(1);
		assertThat(summary.rejected()).isEqualTo(1);
		assertThat(this.store.rejected(List.of(id))).singleElement()
			.satisfies((row) -> assertThat(row).containsExactly("bad.csv", "7", "PERIODE: fant '2025-13', forventet ÅÅÅÅ-MM"));
	}

	private long importOf(String file, PersonMonth... facts) {
		long id = this.store.startImport(file, "0".repeat(64), "CSV", "test");
		this.store.writeFacts(id, List.of(facts));
		this.store.addScopes(id, List.of(facts).stream()
			.map((f) -> new ImportScope(f.municipality(), f.month().getYear(), f.month().getMonthValue()))
			.distinct()
			.toList());
		return id;
	}

	private List<String> persons(String municipality, int year) {
		List<String> result = new ArrayList<>();
		this.store.forEachPerson(municipality, year, (facts) -> result.add(facts.get(0).personKey() + ":"
				+ String.join(",", facts.stream().map((f) -> String.valueOf(f.month().getMonthValue())).toList())));
		return result;
	}

	private static PersonMonth fact(String person, int month, long bidrag) {
		return fact(person, 2025, month, bidrag);
	}

	private static PersonMonth fact(String person, int year, int month, long bidrag) {
		return new PersonMonth("0301", "01", YearMonth.of(year, month), person, 1990, "1", "1", "2", null, "5", "12",
				"07", "1", "NO", bidrag, 0, bidrag > 0, month);
	}

}
