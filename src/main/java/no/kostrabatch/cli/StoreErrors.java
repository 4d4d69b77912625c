package no.kostrabatch.cli;

import java.sql.SQLException;

/** One sentence for each way a store cannot be opened, from the database's SQL state. */
final class StoreErrors {

	private StoreErrors() {
	}

	/** The first {@link SQLException} in a chain, or {@code null}. */
	static SQLException sqlCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return sql;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	/** The sentence for an H2 store folder that does not open, or {@code null} when none fits. */
	static String h2(SQLException ex, String store, boolean encrypted) {
		int code = ex.getErrorCode();
		String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
		if (code == 90020 || state.equals("90020")) {
			return "The store " + store + " is open in another program (an H2 console or a kostra that does not "
					+ "take the store lock); close it and try again.";
		}
		if (state.startsWith("28") || code == 90049 || code == 90030 || code == 90048 || code == 90050) {
			return encrypted
					? "KOSTRA_STORE_KEY does not open the store " + store
							+ " (wrong key, or the store is not encrypted); set the key the store was created with."
					: "The store " + store + " is encrypted (or not an H2 store); set KOSTRA_STORE_KEY to its key.";
		}
		return null;
	}

	/** The sentence for a PostgreSQL database that cannot be used. */
	static String sentence(SQLException ex, String url) {
		String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
		String database = database(url);
		if (state.startsWith("08")) {
			return "Cannot reach the PostgreSQL server of " + url
					+ " (is it running, and are host and port right?); start it or fix SPRING_DATASOURCE_URL.";
		}
		if (state.equals("28P01") || state.equals("28000")) {
			return "PostgreSQL refused the user name or password for database " + database
					+ "; check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.";
		}
		if (state.equals("3D000")) {
			return "The PostgreSQL database " + database + " does not exist; create it (createdb " + database
					+ ") or fix SPRING_DATASOURCE_URL.";
		}
		if (state.equals("42501")) {
			return "The PostgreSQL user may not use database " + database + " (permission denied); grant it the "
					+ "rights or use its owner.";
		}
		return "Cannot use the PostgreSQL database " + database + ": " + firstLine(ex.getMessage()) + ".";
	}

	/** The database name of a JDBC URL, for messages (no credentials: only the path is shown). */
	static String database(String url) {
		String rest = url.replaceFirst("^jdbc:postgresql://[^/]*/?", "");
		int end = rest.indexOf('?');
		String name = (end >= 0) ? rest.substring(0, end) : rest;
		return name.isEmpty() ? "(default)" : name;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unknown error";
		}
		String line = message.lines().findFirst().orElse(message).trim();
		return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
	}

}
