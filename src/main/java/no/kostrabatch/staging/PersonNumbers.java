package no.kostrabatch.staging;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The number of each person in the store's {@code person} table, which keeps every person key once:
 * a fact carries the number (an INT) instead of the key's 32 bytes. A key seen for the first time
 * gets the next number; the new keys of one batch are numbered in key order. One writer at a time
 * (the store lock), so the next number is the largest plus one.
 */
final class PersonNumbers {

	private static final int KEYS_PER_QUERY = 500;

	private final JdbcTemplate jdbc;

	PersonNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The number of each key, adding the keys the store does not hold yet. */
	Map<String, Integer> of(Collection<String> keys) {
		TreeSet<String> distinct = new TreeSet<>(keys);
		Map<String, Integer> numbers = new HashMap<>(distinct.size() * 2);
		List<String> batch = new ArrayList<>(KEYS_PER_QUERY);
		for (String key : distinct) {
			batch.add(key);
			if (batch.size() == KEYS_PER_QUERY) {
				find(batch, numbers);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			find(batch, numbers);
		}
		List<String> missing = distinct.stream().filter((k) -> !numbers.containsKey(k)).toList();
		if (!missing.isEmpty()) {
			Integer max = this.jdbc.queryForObject("SELECT MAX(id) FROM person", Integer.class);
			int next = (max != null) ? max + 1 : 1;
			List<Object[]> rows = new ArrayList<>(missing.size());
			for (String key : missing) {
				numbers.put(key, next);
				rows.add(new Object[] { next, PersonKeys.toBytes(key) });
				next++;
			}
			this.jdbc.batchUpdate("INSERT INTO person (id, person_key) VALUES (?, ?)", rows);
		}
		return numbers;
	}

	private void find(List<String> keys, Map<String, Integer> numbers) {
		String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
		this.jdbc.query("SELECT id, person_key FROM person WHERE person_key IN (" + marks + ")", (PreparedStatement ps) -> {
			for (int i = 0; i < keys.size(); i++) {
				ps.setBytes(i + 1, PersonKeys.toBytes(keys.get(i)));
			}
		}, (RowCallbackHandler) (rs) -> numbers.put(PersonKeys.fromBytes(rs.getBytes(2)), rs.getInt(1)));
	}

}
