package no.kostrabatch.jobs;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Symbol;
import no.kostrabatch.statistics.TableCatalog;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published cells of a run, kept between the aggregate step and the write step (and so across a
 * restart). Values come back with their measure's published number of decimals.
 */
public class ResultStore {

	private final JdbcTemplate jdbc;

	private final TableCatalog catalog;

	public ResultStore(DataSource dataSource, TableCatalog catalog) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.catalog = catalog;
	}

	public void replace(long runId, List<Cell> cells) {
		this.jdbc.update("DELETE FROM result_cell WHERE run_id = ?", runId);
		this.jdbc.batchUpdate("INSERT INTO result_cell (run_id, table_id, region, period, dim1, cat1, dim2, cat2, "
				+ "measure, cell_value, symbol) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cells, 2000, (ps, c) -> {
					ps.setLong(1, runId);
					ps.setString(2, c.tableId());
					ps.setString(3, c.region());
					ps.setString(4, c.period());
					ps.setString(5, c.dim1());
					ps.setString(6, c.cat1());
					ps.setString(7, c.dim2());
					ps.setString(8, c.cat2());
					ps.setString(9, c.measure());
					ps.setBigDecimal(10, c.value());
					ps.setString(11, (c.symbol() != null) ? c.symbol().text() : null);
				});
	}

	public List<Cell> load(long runId) {
		return this.jdbc.query("SELECT * FROM result_cell WHERE run_id = ?", (rs, i) -> {
			String measure = rs.getString("measure");
			BigDecimal value = rs.getBigDecimal("cell_value");
			String symbol = rs.getString("symbol");
			if (value != null) {
				value = value.setScale(this.catalog.decimals(rs.getString("table_id"), rs.getString("cat1"), measure),
						java.math.RoundingMode.HALF_UP);
			}
			return new Cell(rs.getString("table_id"), rs.getString("region"), rs.getString("period"),
					rs.getString("dim1"), rs.getString("cat1"), rs.getString("dim2"), rs.getString("cat2"), measure,
					value, (symbol != null) ? Symbol.fromText(symbol) : null);
		}, runId);
	}

	/** Removes a run's cells once its reports are written. */
	public void delete(long runId) {
		this.jdbc.update("DELETE FROM result_cell WHERE run_id = ?", runId);
	}

}
