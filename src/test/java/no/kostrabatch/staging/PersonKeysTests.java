package no.kostrabatch.staging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonKeysTests {

	private static final String HMAC = "00ff10a9b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d";

	@Test
	void anHmacIsKeptAsItsThirtyTwoBytesAndReadBackAsHex() {
		assertThat(PersonKeys.toBytes(HMAC)).hasSize(32);
		assertThat(PersonKeys.fromBytes(PersonKeys.toBytes(HMAC))).isEqualTo(HMAC);
	}

	@Test
	void anyOtherKeyIsKeptAsText() {
		assertThat(PersonKeys.fromBytes(PersonKeys.toBytes("p1"))).isEqualTo("p1");
		assertThat(PersonKeys.fromBytes(PersonKeys.toBytes(HMAC.toUpperCase()))).isEqualTo(HMAC.toUpperCase());
	}

	@Test
	void aStoreWithTextKeysIsMigratedWithItsPersons() {
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").target("2").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("INSERT INTO import_log (id, file_name, checksum, format, status, started_at) VALUES "
				+ "(1, 'a.csv', 'x', 'CSV', 'DONE', CURRENT_TIMESTAMP)");
		for (String key : List.of(HMAC, "p1")) {
			jdbc.update("INSERT INTO person_month (import_id, municipality, period_year, period_month, person_key, "
					+ "bidrag, laan, support_month, source_line) VALUES (1, '0301', 2025, 3, ?, 100, 0, TRUE, 2)", key);
		}
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
		List<String> persons = new ArrayList<>();
		new FactStore(dataSource).forEachPerson("0301", 2025, (facts) -> persons.add(facts.get(0).personKey()));
		assertThat(persons).containsExactly("p1", HMAC);
	}

}
