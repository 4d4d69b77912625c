package no.kostrabatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kostrabatch.statistics.Cell;

/**
 * Computes a representative set of the catalogue's tables in an in-memory DuckDB from one monthly CSV
 * extract: {@code bench/duckdb-load.sql} reads the file with {@code read_csv}, {@code
 * bench/duckdb-person-years.sql} derives the person-years as SSB does and classifies them, and every
 * query of {@code bench/duckdb-tables.sql} gives cells as {@code statistics.csv} has them. The
 * identities stay inside the DuckDB connection, which is closed at the end.
 */
public final class DuckDbComparison {

	private final int longTermThreshold;

	/** @param longTermThreshold support months from which a recipient is long-term (as the job's). */
	public DuckDbComparison(int longTermThreshold) {
		this.longTermThreshold = longTermThreshold;
	}

	/**
	 * Loads DuckDB's driver, so a bench without it stops before the job runs.
	 * @throws IllegalStateException with a sentence saying where the driver is looked for
	 */
	public static void checkDriver() {
		DuckDbDriver.driver();
	}

	/** Loads the extract and computes the cells of {@code year}. */
	public DuckDbRun run(Path csv, int year) {
		Map<String, String> parameters = Map.of("file", quoted(csv.toAbsolutePath().toString()), "year",
				String.valueOf(year), "longTerm", String.valueOf(this.longTermThreshold));
		try (Connection connection = DuckDbDriver.connect();
				Statement statement = connection.createStatement()) {
			long start = System.nanoTime();
			List<Cell> cells = new ArrayList<>();
			execute(statement, "bench/duckdb-load.sql", parameters, year, cells);
			long rows = count(statement, "SELECT count(*) FROM extract");
			long loaded = System.nanoTime();
			execute(statement, "bench/duckdb-person-years.sql", parameters, year, cells);
			long derived = System.nanoTime();
			execute(statement, "bench/duckdb-tables.sql", parameters, year, cells);
			long done = System.nanoTime();
			String version = connection.getMetaData().getDatabaseProductVersion();
			return new DuckDbRun(version, rows, Duration.ofNanos(loaded - start), Duration.ofNanos(derived - loaded),
					Duration.ofNanos(done - derived), List.copyOf(cells));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("DuckDB could not compute the tables: " + ex.getMessage(), ex);
		}
	}

	private static void execute(Statement statement, String resource, Map<String, String> parameters, int year,
			List<Cell> cells) throws SQLException {
		for (String sql : statements(resource, parameters)) {
			if (statement.execute(sql)) {
				try (ResultSet rs = statement.getResultSet()) {
					while (rs.next()) {
						cells.add(Cell.of(rs.getString("table_id"), rs.getString("region"), String.valueOf(year),
								rs.getString("dim1"), rs.getString("cat1"), rs.getString("dim2"), rs.getString("cat2"),
								rs.getString("measure"), rs.getBigDecimal("value")));
					}
				}
			}
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The statements of a resource, {@code ${name}} replaced: split at a {@code ;} that ends a line. */
	static List<String> statements(String resource, Map<String, String> parameters) {
		String text = read(resource);
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			text = text.replace("${" + parameter.getKey() + "}", parameter.getValue());
		}
		List<String> statements = new ArrayList<>();
		for (String part : text.split(";[ \\t]*(\\r?\\n|$)")) {
			boolean onlyComments = part.lines().allMatch((l) -> l.isBlank() || l.trim().startsWith("--"));
			if (!onlyComments) {
				statements.add(part.trim());
			}
		}
		return statements;
	}

	private static String read(String resource) {
		try (InputStream in = DuckDbComparison.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String quoted(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	/**
	 * What DuckDB did.
	 *
	 * @param version DuckDB's version
	 * @param rows data rows read from the file
	 * @param load time to read the file into a table
	 * @param personYears time to derive and classify the person-years
	 * @param tables time of the table queries
	 * @param cells the cells of the tables, with values only
	 */
	public record DuckDbRun(String version, long rows, Duration load, Duration personYears, Duration tables,
			List<Cell> cells) {

		public Duration total() {
			return this.load.plus(this.personYears).plus(this.tables);
		}

	}

}
