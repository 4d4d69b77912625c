package no.kostrabatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

import no.kostrabatch.jobs.RunFailure;

/**
 * One process at a time on a store. On H2 an OS lock on {@code <store>/kostra.lock}, which also holds
 * the holder's pid, host, command and start time; on PostgreSQL an advisory lock held by a dedicated
 * connection, named after its holder. Both are released by the operating system or the database when
 * the process ends, however it ends, so a killed run never leaves the store locked. A second process
 * is refused at once with one sentence (it does not wait).
 */
final class StoreLock implements AutoCloseable {

	/** The advisory lock key: the same for every kostra-batch process on a database. */
	static final long ADVISORY_KEY = 0x6B6F73747261L;

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final FileChannel channel;

	private final FileLock lock;

	private final Connection connection;

	private StoreLock(FileChannel channel, FileLock lock, Connection connection) {
		this.channel = channel;
		this.lock = lock;
		this.connection = connection;
	}

	/** Locks an H2 store folder, or says who holds it. */
	static StoreLock file(Path store) {
		Path file = store.resolve("kostra.lock");
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the lock file " + file, ex);
		}
		try {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				String holder = holder(channel);
				channel.close();
				throw new RunFailure(busy(store.toString(), holder));
			}
			byte[] details = (holderDetails(LocalDateTime.now().format(SINCE)) + "\n")
				.getBytes(StandardCharsets.UTF_8);
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(details), 0);
			channel.force(false);
			return new StoreLock(channel, lock, null);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Cannot lock the store " + store, ex);
		}
	}

	/**
	 * Takes the advisory lock on a PostgreSQL database on a connection of its own, kept open until
	 * {@link #close()}; says who holds it otherwise, and says in one sentence why the database cannot be
	 * reached.
	 */
	static StoreLock postgres(String url, String user, String password) {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("ApplicationName", applicationName());
		Connection connection;
		try {
			connection = java.sql.DriverManager.getConnection(url, properties);
		}
		catch (SQLException ex) {
			throw new RunFailure(StoreErrors.sentence(ex, url));
		}
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			lock.setLong(1, ADVISORY_KEY);
			try (ResultSet rs = lock.executeQuery()) {
				rs.next();
				if (rs.getBoolean(1)) {
					return new StoreLock(null, null, connection);
				}
			}
			String holder = postgresHolder(connection);
			connection.close();
			throw new RunFailure(busy("database " + StoreErrors.database(url), holder));
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new RunFailure(StoreErrors.sentence(ex, url));
		}
	}

	private static String postgresHolder(Connection connection) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("SELECT a.application_name, a.backend_start FROM pg_locks l JOIN pg_stat_activity a "
					+ "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? "
					+ "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
			query.setLong(1, ADVISORY_KEY >>> 32);
			query.setLong(2, ADVISORY_KEY & 0xFFFFFFFFL);
			try (ResultSet rs = query.executeQuery()) {
				if (rs.next()) {
					String name = rs.getString(1);
					OffsetDateTime since = rs.getObject(2, OffsetDateTime.class);
					String holder = (name != null && !name.isBlank()) ? name : "another process";
					return holder
							+ ((since != null) ? ", since " + since.atZoneSameInstant(java.time.ZoneId.systemDefault())
								.toLocalDateTime()
								.format(SINCE) : "");
				}
			}
		}
		return "another kostra process";
	}

	private static String busy(String what, String holder) {
		return "The store " + what + " is in use by " + holder + "; wait until that run has finished and try "
				+ "again (if that process is gone, just run again: its lock went with it).";
	}

	/**
	 * The lock connection's name in {@code pg_stat_activity}: ASCII (PostgreSQL turns anything else
	 * into {@code ?}) and at most 63 characters; the server adds when it connected.
	 */
	static String applicationName() {
		String name = "kostra pid " + ProcessHandle.current().pid() + " on " + host() + " ('"
				+ Launcher.commandLine().replace("…", "...").replaceAll("[^\\x20-\\x7E]", "?");
		return (name.length() > 62) ? name.substring(0, 59) + "...'" : name + "'";
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	/** {@code kostra pid 1234 on host ('kostra annual --year 2025 …'), since …}. */
	static String holderDetails(String since) {
		return "kostra pid " + ProcessHandle.current().pid() + " on " + host() + " ('" + Launcher.commandLine()
				+ "'), since " + since;
	}

	private static String holder(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(1024);
			int n = channel.read(buffer, 0);
			String text = (n > 0) ? new String(buffer.array(), 0, n, StandardCharsets.UTF_8).trim() : "";
			return text.isEmpty() ? "another kostra process" : text;
		}
		catch (IOException ex) {
			return "another kostra process";
		}
	}

	@Override
	public void close() {
		if (this.lock != null) {
			try {
				this.lock.release();
			}
			catch (IOException ex) {
				// released with the channel below
			}
			closeQuietly(this.channel);
		}
		closeQuietly(this.connection);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// nothing to do: the lock goes with the process anyway
		}
	}

}
