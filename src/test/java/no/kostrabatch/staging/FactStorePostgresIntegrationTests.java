package no.kostrabatch.staging;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import no.kostrabatch.input.PersonMonth;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store on a real PostgreSQL (started by {@code .ci/run}; see {@link RequiresPostgres} to run it
 * elsewhere): the same schema by Flyway and the same
 * replace-on-reimport behaviour as on H2.
 */
@RequiresPostgres
class FactStorePostgresIntegrationTests {

	private FactStore store;

	@BeforeEach
	void store() {
		DataSource dataSource = new DriverManagerDataSource(System.getenv("KOSTRA_TEST_POSTGRES_URL"),
				System.getenv().getOrDefault("KOSTRA_TEST_POSTGRES_USER", "postgres"),
				System.getenv().getOrDefault("KOSTRA_TEST_POSTGRES_PASSWORD", ""));
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/postgresql")
			.cleanDisabled(false)
			.load();
		flyway.clean();
		flyway.migrate();
		this.store = new FactStore(dataSource);
	}

	@Test
	void reimportingAMonthReplacesItOnPostgres() {
		this.store.finishImport(importOf("jan.csv", fact("p1", 1), fact("p2", 1)));
		this.store.finishImport(importOf("feb.csv", fact("p1", 2)));

		ImportSummary again = this.store.finishImport(importOf("jan.csv", fact("p1", 1)));

		assertThat(again.factsReplaced()).isEqualTo(2);
		List<String> persons = new ArrayList<>();
		this.store.forEachPerson("0301", 2025, (facts) -> persons.add(facts.get(0).personKey() + ":" + facts.size()));
		assertThat(persons).containsExactly("p1:2");
		assertThat(this.store.municipalities(2025)).containsExactly("0301");
	}

	@Test
	void filesOfOneRunAddUpAndStrayRowsAreRejectedOnPostgres() {
		this.store.finishImport(importOf("feb.csv", fact("p9", 2)));
		List<PersonMonth> january = new ArrayList<>();
		for (int p = 0; p < 30; p++) {
			january.add(fact("q" + p, 1));
		}
		january.add(fact("q1", 2));
		long a = importOf("a.csv", january.toArray(PersonMonth[]::new));
		long b = importOf("b.csv", fact("r1", 1));

		List<ImportDelivery> run = this.store.finishRun(List.of(a, b), java.util.Set.of());

		assertThat(run.get(0).strayMonths()).containsExactly(YearMonth.of(2025, 2));
		assertThat(run).extracting(ImportDelivery::after).containsExactly(31L, 31L);
		assertThat(this.store.rejected(List.of(a))).singleElement()
			.satisfies((row) -> assertThat(row[2]).startsWith("Linje 2: PERIODE 2025-02 ligger utenfor filens periode 2025-01"));
		List<String> persons = new ArrayList<>();
		this.store.forEachPerson("0301", 2025, (facts) -> persons.add(facts.get(0).personKey() + ":" + facts.size()));
		assertThat(persons).hasSize(32).contains("p9:1", "r1:1", "q1:1");
	}

	private long importOf(String file, PersonMonth... facts) {
		long id = this.store.startImport(file, "0".repeat(64), "CSV", "test");
		this.store.writeFacts(id, List.of(facts));
		this.store.addScopes(id, List.of(facts).stream()
			.map((f) -> new ImportScope(f.municipality(), f.month().getYear(), f.month().getMonthValue()))
			.distinct()
			.toList());
		this.store.addScopes(id, List.of(new ImportScope("0301", 2025, facts[0].month().getMonthValue())));
		return id;
	}

	private static PersonMonth fact(String person, int month) {
		return new PersonMonth("0301", null, YearMonth.of(2025, month), person, null, "2", "2", "1", 2, "3", "04",
				"04", "2", null, 700, 300, true, month);
	}

}
