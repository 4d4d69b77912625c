package no.kostrabatch.staging;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import no.kostrabatch.input.CsvExtract;
import no.kostrabatch.input.PersonMonth;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The store of pseudonymised person-month facts and the import log. Facts of an import become
 * visible when its run is finished; the files of one run add up, and together replace what earlier
 * runs delivered for the same municipality and month, so re-importing a file or a period never
 * counts anything twice.
 */
public class FactStore {

	private static final int CODE_LENGTH = 8;

	private static final String PERSON_INDEX = "person_month_person";

	private final JdbcTemplate jdbc;

	private final PersonNumbers persons;

	public FactStore(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(2000);
		this.persons = new PersonNumbers(this.jdbc);
	}

	/**
	 * After a run's import is committed: moves an H2 store file's live data together when much of the
	 * file is free space (see {@link H2Compaction}), so the file stays about the size of its data.
	 */
	public void compactFile() {
		this.jdbc.execute((ConnectionCallback<Void>) (con) -> {
			H2Compaction.compact(con);
			return null;
		});
	}

	/** Registers a file being imported and returns its import id. */
	public long startImport(String fileName, String checksum, String format, String description) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((con) -> {
			PreparedStatement ps = con.prepareStatement(
					"INSERT INTO import_log (file_name, checksum, format, description, status, started_at) VALUES (?, ?, ?, ?, 'RUNNING', ?)",
					new String[] { "id" });
			ps.setString(1, fileName);
			ps.setString(2, checksum);
			ps.setString(3, format);
			ps.setString(4, description);
			ps.setTimestamp(5, Timestamp.from(Instant.now()));
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	/**
	 * Prepares the store for an import of about {@code expectedFacts} facts: when they are at least as
	 * many as the store holds, the person index is dropped, so the rows go in without a random index
	 * insert each, and {@link #finishRun} builds it again in one sorted pass.
	 */
	public void prepareImport(long expectedFacts) {
		Long stored = this.jdbc.queryForObject("SELECT COUNT(*) FROM person_month", Long.class);
		if (stored != null && expectedFacts >= stored) {
			this.jdbc.execute("DROP INDEX IF EXISTS " + PERSON_INDEX);
		}
	}

	private void ensurePersonIndex() {
		if (!hasPersonIndex()) {
			this.jdbc.execute("CREATE INDEX IF NOT EXISTS " + PERSON_INDEX + " ON person_month (municipality, "
					+ "period_year, person_no)");
		}
	}

	private boolean hasPersonIndex() {
		return Boolean.TRUE.equals(this.jdbc.execute((ConnectionCallback<Boolean>) (con) -> {
			DatabaseMetaData meta = con.getMetaData();
			String table = meta.storesUpperCaseIdentifiers() ? "PERSON_MONTH" : "person_month";
			try (ResultSet rs = meta.getIndexInfo(null, null, table, false, true)) {
				while (rs.next()) {
					if (PERSON_INDEX.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
						return true;
					}
				}
			}
			return false;
		}));
	}

	/**
	 * Stores facts of a running import with one batched insert; each person's key is kept once, in
	 * table {@code person}, and a fact carries the person's number.
	 */
	public void writeFacts(long importId, List<PersonMonth> facts) {
		Map<String, Integer> numbers = this.persons.of(facts.stream().map(PersonMonth::personKey).toList());
		this.jdbc.batchUpdate("INSERT INTO person_month (import_id, municipality, district, period_year, period_month, "
				+ "person_no, birth_year, gender, civil_status, children_flag, children_count, income_source, "
				+ "benefit_type, work_situation, housing, citizenship, bidrag, laan, support_month, source_line) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", facts, 1000, (ps, f) -> {
					ps.setLong(1, importId);
					ps.setString(2, f.municipality());
					ps.setString(3, code(f.district()));
					ps.setInt(4, f.month().getYear());
					ps.setInt(5, f.month().getMonthValue());
					ps.setInt(6, numbers.get(f.personKey()));
					setInteger(ps, 7, f.birthYear());
					ps.setString(8, code(f.gender()));
					ps.setString(9, code(f.civilStatus()));
					ps.setString(10, code(f.childrenFlag()));
					setInteger(ps, 11, (f.childrenCount() != null) ? Math.max(-999, Math.min(999, f.childrenCount())) : null);
					ps.setString(12, code(f.incomeSource()));
					ps.setString(13, code(f.benefitType()));
					ps.setString(14, code(f.workSituation()));
					ps.setString(15, code(f.housing()));
					ps.setString(16, code(f.citizenship()));
					ps.setLong(17, f.bidrag());
					ps.setLong(18, f.laan());
					ps.setBoolean(19, f.supportMonth());
					ps.setLong(20, f.sourceLine());
				});
	}

	/** Stores rejected lines: import id, line number, reason (the reason holds no personal data). */
	public void writeRejected(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("INSERT INTO rejected_line (import_id, line_number, reason) VALUES (?, ?, ?)", rows);
		}
	}

	/** The rejected lines of some imports: file name, line number, reason, in file and line order. */
	public List<String[]> rejected(Collection<Long> importIds) {
		List<String[]> rows = new ArrayList<>();
		for (Long id : importIds) {
			rows.addAll(this.jdbc.query("SELECT l.file_name, r.line_number, r.reason FROM rejected_line r "
					+ "JOIN import_log l ON l.id = r.import_id WHERE r.import_id = ? ORDER BY r.line_number",
					(rs, i) -> new String[] { rs.getString(1), String.valueOf(rs.getLong(2)), rs.getString(3) }, id));
		}
		return rows;
	}

	/** The reason of the first line rejected by these imports, if any line was. */
	public java.util.Optional<String> firstRejection(Collection<Long> importIds) {
		for (Long id : importIds) {
			List<String> reasons = this.jdbc.queryForList(
					"SELECT reason FROM rejected_line WHERE import_id = ? ORDER BY line_number FETCH FIRST 1 ROWS ONLY",
					String.class, id);
			if (!reasons.isEmpty()) {
				return java.util.Optional.of(reasons.get(0));
			}
		}
		return java.util.Optional.empty();
	}

	/** Summaries of some imports, in the given order. */
	public List<ImportSummary> summaries(Collection<Long> importIds) {
		List<ImportSummary> result = new ArrayList<>();
		for (Long id : importIds) {
			result.addAll(this.jdbc.query(
					"SELECT id, file_name, lines_read, facts_written, rejected FROM import_log WHERE id = ?",
					(rs, i) -> new ImportSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
							rs.getLong(5), 0),
					id));
		}
		return result;
	}

	/** Records the municipalities and months a running import delivers. */
	public void addScopes(long importId, Collection<ImportScope> scopes) {
		for (ImportScope scope : scopes) {
			this.jdbc.update("INSERT INTO import_scope (import_id, municipality, period_year, period_month) "
					+ "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM import_scope WHERE import_id = ? "
					+ "AND municipality = ? AND period_year = ? AND period_month = ?)", importId, scope.municipality(),
					scope.year(), scope.month(), importId, scope.municipality(), scope.year(), scope.month());
		}
	}

	/** Adds to the line counts of a running import. */
	public void addCounts(long importId, long lines, long facts, long rejected) {
		this.jdbc.update("UPDATE import_log SET lines_read = lines_read + ?, facts_written = facts_written + ?, "
				+ "rejected = rejected + ? WHERE id = ?", lines, facts, rejected, importId);
	}

	/** Makes one import's facts visible as a run of its own (see {@link #finishRun}). */
	public ImportSummary finishImport(long importId) {
		ImportDelivery delivery = finishRun(List.of(importId), Set.of()).get(0);
		return delivery.summary().withReplaced(delivery.before());
	}

	/**
	 * Makes the imports of one run visible. Files of the same run add up: together they replace, for
	 * each municipality and month they deliver, what earlier runs delivered there. A CSV file does not
	 * replace a month outside its own period when that month has few of its rows (a stray row): those
	 * rows are rejected with a reason, unless the month is in {@code replaceMonths}.
	 * @return what each import delivered and replaced, in the given order
	 */
	public List<ImportDelivery> finishRun(List<Long> importIds, Set<YearMonth> replaceMonths) {
		if (importIds.isEmpty()) {
			return List.of();
		}
		ensurePersonIndex();
		Map<Long, Map<ImportScope, Long>> counts = factCounts(importIds);
		Map<Long, List<YearMonth>> stray = new LinkedHashMap<>();
		Map<Long, Long> strayRows = new HashMap<>();
		for (long id : importIds) {
			Map<ImportScope, Long> ofImport = counts.get(id);
			Map<YearMonth, Long> months = monthCounts(id, ofImport);
			List<YearMonth> strayMonths = StrayMonths.of(months, replaceMonths);
			stray.put(id, strayMonths);
			strayRows.put(id, rejectStray(id, strayMonths, StrayMonths.period(months)));
			ofImport.keySet().removeIf((s) -> strayMonths.contains(YearMonth.of(s.year(), s.month())));
		}
		Map<Long, List<ImportScope>> scopes = new LinkedHashMap<>();
		Map<ImportScope, Long> earlier = new HashMap<>();
		Map<MunicipalityYear, Set<Integer>> delivered = new LinkedHashMap<>();
		for (long id : importIds) {
			scopes.put(id, scopes(id));
			for (ImportScope s : scopes.get(id)) {
				delivered.computeIfAbsent(new MunicipalityYear(s.municipality(), s.year()), (k) -> new java.util.TreeSet<>())
					.add(s.month());
			}
		}
		delivered.forEach((key, months) -> replaceEarlier(key, months, importIds, earlier));
		for (long id : importIds) {
			this.jdbc.update("UPDATE import_log SET status = 'DONE', finished_at = ? WHERE id = ?",
					Timestamp.from(Instant.now()), id);
		}
		List<ImportDelivery> deliveries = new ArrayList<>();
		for (long id : importIds) {
			long before = 0;
			long after = 0;
			for (ImportScope s : scopes.get(id)) {
				before += earlier.getOrDefault(s, 0L);
				for (long other : importIds) {
					after += counts.get(other).getOrDefault(s, 0L);
				}
			}
			deliveries.add(new ImportDelivery(summary(id), scopes.get(id), before, after, strayRows.get(id), stray.get(id),
					cutAfterLine(id)));
		}
		return deliveries;
	}

	/**
	 * Removes what earlier runs (finished or not) delivered in the run's months of a municipality's
	 * year, counting the finished facts removed per month into {@code earlier}. A month no other import
	 * delivers has nothing to remove, so a fresh period costs one look at {@code import_scope}.
	 */
	private void replaceEarlier(MunicipalityYear key, Set<Integer> months, List<Long> importIds,
			Map<ImportScope, Long> earlier) {
		String others = " AND import_id NOT IN (" + marks(importIds.size()) + ")";
		List<Object> args = new ArrayList<>(List.of(key.municipality(), key.year()));
		args.addAll(importIds);
		List<Integer> held = new ArrayList<>(this.jdbc.queryForList("SELECT DISTINCT period_month FROM import_scope "
				+ "WHERE municipality = ? AND period_year = ?" + others, Integer.class, args.toArray()));
		held.retainAll(months);
		if (held.isEmpty()) {
			return;
		}
		String where = " WHERE municipality = ? AND period_year = ? AND period_month IN (" + marks(held.size()) + ")"
				+ others;
		List<Object> scoped = new ArrayList<>(List.of(key.municipality(), key.year()));
		scoped.addAll(held);
		scoped.addAll(importIds);
		this.jdbc.query("SELECT period_month, COUNT(*) FROM person_month" + where + " AND import_id IN (SELECT id FROM "
				+ "import_log WHERE status = 'DONE') GROUP BY period_month",
				(RowCallbackHandler) (rs) -> earlier.put(new ImportScope(key.municipality(), key.year(), rs.getInt(1)),
						rs.getLong(2)),
				scoped.toArray());
		this.jdbc.update("DELETE FROM person_month" + where, scoped.toArray());
		this.jdbc.update("DELETE FROM import_scope" + where, scoped.toArray());
	}

	private static String marks(int count) {
		return String.join(",", java.util.Collections.nCopies(count, "?"));
	}

	/** The facts of each import per municipality and month, in one pass over the table. */
	private Map<Long, Map<ImportScope, Long>> factCounts(List<Long> importIds) {
		Map<Long, Map<ImportScope, Long>> counts = new HashMap<>();
		for (long id : importIds) {
			counts.put(id, new HashMap<>());
		}
		this.jdbc.query("SELECT import_id, municipality, period_year, period_month, COUNT(*) FROM person_month WHERE "
				+ "import_id IN (" + marks(importIds.size()) + ") GROUP BY import_id, municipality, period_year, period_month",
				(RowCallbackHandler) (rs) -> counts.get(rs.getLong(1))
					.put(new ImportScope(rs.getString(2), rs.getInt(3), rs.getInt(4)), rs.getLong(5)),
				importIds.toArray());
		return counts;
	}

	private ImportSummary summary(long importId) {
		return this.jdbc.queryForObject(
				"SELECT id, file_name, lines_read, facts_written, rejected FROM import_log WHERE id = ?",
				(rs, i) -> new ImportSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5), 0),
				importId);
	}

	/** Rows per month of a CSV import (one fact per row); empty for an 11F import, which delivers a year. */
	private Map<YearMonth, Long> monthCounts(long importId, Map<ImportScope, Long> counts) {
		Map<YearMonth, Long> months = new java.util.TreeMap<>();
		String format = this.jdbc.queryForObject("SELECT format FROM import_log WHERE id = ?", String.class, importId);
		if (!"CSV".equals(format)) {
			return new LinkedHashMap<>();
		}
		counts.forEach((s, n) -> months.merge(YearMonth.of(s.year(), s.month()), n, Long::sum));
		return new LinkedHashMap<>(months);
	}

	/** Rejects the rows of an import's stray months (reason per line) and removes their facts and scopes. */
	private long rejectStray(long importId, List<YearMonth> months, String period) {
		long rows = 0;
		for (YearMonth m : months) {
			String reason = ": PERIODE " + m + " ligger utenfor filens periode " + period + "; bruk --replace-months " + m
					+ " for å erstatte den måneden";
			this.jdbc.update("INSERT INTO rejected_line (import_id, line_number, reason) SELECT import_id, source_line, "
					+ "CONCAT('Linje ', CAST(source_line AS VARCHAR(20)), ?) FROM person_month WHERE import_id = ? AND "
					+ "period_year = ? AND period_month = ?", reason, importId, m.getYear(), m.getMonthValue());
			long n = this.jdbc.update("DELETE FROM person_month WHERE import_id = ? AND period_year = ? AND "
					+ "period_month = ?", importId, m.getYear(), m.getMonthValue());
			this.jdbc.update("DELETE FROM import_scope WHERE import_id = ? AND period_year = ? AND period_month = ?",
					importId, m.getYear(), m.getMonthValue());
			rows += n;
		}
		if (rows > 0) {
			this.jdbc.update("UPDATE import_log SET facts_written = facts_written - ?, rejected = rejected + ? WHERE id = ?",
					rows, rows, importId);
		}
		return rows;
	}

	/** The last whole line of an import whose file seems cut (from its rejected last line), else 0. */
	private long cutAfterLine(long importId) {
		List<String> reasons = this.jdbc.queryForList("SELECT reason FROM rejected_line WHERE import_id = ? AND "
				+ "reason LIKE ?", String.class, importId, "%" + CsvExtract.CUT + "%");
		if (reasons.isEmpty()) {
			return 0;
		}
		String reason = reasons.get(0);
		return Long.parseLong(reason.substring(reason.indexOf(CsvExtract.CUT) + CsvExtract.CUT.length()).trim());
	}

	public List<ImportScope> scopes(long importId) {
		return this.jdbc.query("SELECT municipality, period_year, period_month FROM import_scope WHERE import_id = ? "
				+ "ORDER BY municipality, period_year, period_month",
				(rs, i) -> new ImportScope(rs.getString(1), rs.getInt(2), rs.getInt(3)), importId);
	}

	/** The months of a municipality's year that finished imports deliver, in order. */
	public List<Integer> months(String municipality, int year) {
		return this.jdbc.queryForList("SELECT DISTINCT s.period_month FROM import_scope s JOIN import_log l "
				+ "ON l.id = s.import_id WHERE l.status = 'DONE' AND s.municipality = ? AND s.period_year = ? ORDER BY 1",
				Integer.class, municipality, year);
	}

	/** The number of finished facts of a year and the years before (for progress). */
	public long finishedFacts(int upToYear) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM person_month WHERE period_year <= ? AND import_id "
				+ "IN (SELECT id FROM import_log WHERE status = 'DONE')", Long.class, upToYear);
		return (count != null) ? count : 0;
	}

	/** Municipalities with finished facts in a year. */
	public List<String> municipalities(int year) {
		return this.jdbc.queryForList("SELECT DISTINCT s.municipality FROM import_scope s JOIN import_log l "
				+ "ON l.id = s.import_id WHERE l.status = 'DONE' AND s.period_year = ? ORDER BY 1", String.class, year);
	}

	/** Years with finished facts for a municipality, oldest first. */
	public List<Integer> years(String municipality) {
		return this.jdbc.queryForList("SELECT DISTINCT s.period_year FROM import_scope s JOIN import_log l "
				+ "ON l.id = s.import_id WHERE l.status = 'DONE' AND s.municipality = ? ORDER BY 1", Integer.class,
				municipality);
	}

	/**
	 * Streams the finished facts of a municipality and year, one person at a time, months in order;
	 * memory holds one person's facts.
	 */
	public void forEachPerson(String municipality, int year, Consumer<List<PersonMonth>> consumer) {
		forEachPerson(municipality, year, 12, consumer);
	}

	/** As {@link #forEachPerson(String, int, Consumer)}, with the months up to {@code lastMonth} only. */
	public void forEachPerson(String municipality, int year, int lastMonth, Consumer<List<PersonMonth>> consumer) {
		ensurePersonIndex();
		List<PersonMonth> person = new ArrayList<>();
		int[] current = new int[1];
		RowCallbackHandler handler = (rs) -> {
			if (rs.getInt("period_month") > lastMonth) {
				return;
			}
			int number = rs.getInt("person_no");
			if (!person.isEmpty() && current[0] != number) {
				consumer.accept(inOrder(person));
				person.clear();
			}
			current[0] = number;
			person.add(fact(rs));
		};
		this.jdbc.query("SELECT f.*, p.person_key FROM person_month f JOIN person p ON p.id = f.person_no "
				+ "WHERE f.municipality = ? AND f.period_year = ? AND f.import_id IN (SELECT id FROM import_log "
				+ "WHERE status = 'DONE') ORDER BY f.municipality, f.period_year, f.person_no", handler, municipality, year);
		if (!person.isEmpty()) {
			consumer.accept(inOrder(person));
		}
	}

	/** One person's facts by month and line (the query orders by person only, which the index gives). */
	private static List<PersonMonth> inOrder(List<PersonMonth> facts) {
		List<PersonMonth> sorted = new ArrayList<>(facts);
		sorted.sort(java.util.Comparator.comparing(PersonMonth::month).thenComparingLong(PersonMonth::sourceLine));
		return List.copyOf(sorted);
	}

	private static PersonMonth fact(ResultSet rs) throws SQLException {
		return new PersonMonth(rs.getString("municipality"), rs.getString("district"),
				YearMonth.of(rs.getInt("period_year"), rs.getInt("period_month")), PersonKeys.fromBytes(rs.getBytes("person_key")),
				integer(rs, "birth_year"), rs.getString("gender"), rs.getString("civil_status"),
				rs.getString("children_flag"), integer(rs, "children_count"), rs.getString("income_source"),
				rs.getString("benefit_type"), rs.getString("work_situation"), rs.getString("housing"),
				rs.getString("citizenship"), rs.getLong("bidrag"), rs.getLong("laan"), rs.getBoolean("support_month"),
				rs.getLong("source_line"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
	}

	private static String code(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		return (trimmed.length() > CODE_LENGTH) ? trimmed.substring(0, CODE_LENGTH) : trimmed;
	}

	/** A municipality's year. */
	private record MunicipalityYear(String municipality, int year) {
	}

}
