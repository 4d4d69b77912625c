package no.kostrabatch.staging.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import no.kostrabatch.input.ExtractReader;
import no.kostrabatch.input.ParsedLine;

/**
 * Reads the lines of one file on a thread of its own (parsing and pseudonymising them) while the
 * import's thread writes the lines before them to the store, so the two cores share the import.
 * Lines come in file order, in batches of {@value #BATCH} through a queue of a few batches, so
 * memory holds a few thousand lines at most. An error of the reading thread is thrown by
 * {@link #next()}.
 */
final class ReadAhead implements AutoCloseable {

	private static final int BATCH = 500;

	private static final List<ParsedLine> END = new ArrayList<>(0);

	private final BlockingQueue<List<ParsedLine>> queue = new ArrayBlockingQueue<>(8);

	private final Thread thread;

	private volatile Throwable failure;

	private List<ParsedLine> batch = List.of();

	private int position;

	private boolean ended;

	ReadAhead(ExtractReader reader, String name) {
		this.thread = new Thread(() -> fill(reader), name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void fill(ExtractReader reader) {
		try {
			List<ParsedLine> lines = new ArrayList<>(BATCH);
			for (ParsedLine line = reader.next(); line != null; line = reader.next()) {
				lines.add(line);
				if (lines.size() == BATCH) {
					this.queue.put(lines);
					lines = new ArrayList<>(BATCH);
				}
			}
			if (!lines.isEmpty()) {
				this.queue.put(lines);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (IOException | RuntimeException | Error ex) {
			this.failure = ex;
		}
		try {
			this.queue.put(END);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The next line, or {@code null} at the end of the file. */
	ParsedLine next() throws IOException {
		while (this.position == this.batch.size()) {
			if (this.ended) {
				return null;
			}
			try {
				this.batch = this.queue.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while reading ahead.", ex);
			}
			this.position = 0;
			if (this.batch == END) {
				this.ended = true;
				rethrow();
			}
		}
		return this.batch.get(this.position++);
	}

	private void rethrow() throws IOException {
		Throwable ex = this.failure;
		if (ex instanceof IOException io) {
			throw io;
		}
		if (ex instanceof UncheckedIOException unchecked) {
			throw unchecked;
		}
		if (ex instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (ex instanceof Error error) {
			throw error;
		}
	}

	/** Stops the reading thread (the caller closes the reader once this returns). */
	@Override
	public void close() {
		this.thread.interrupt();
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
