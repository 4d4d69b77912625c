package no.kostrabatch.staging.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.ExtractReader;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.input.InputFileNames;
import no.kostrabatch.input.ParsedLine;
import no.kostrabatch.input.Pseudonymiser;
import no.kostrabatch.staging.FactStore;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.ItemStreamReader;

/**
 * Reads the input files of a run one line at a time, registering each file as an import; the lines
 * are parsed on a thread of their own ({@link ReadAhead}) while the step writes. Its position (file
 * and line consumed) is saved at every commit, so a restarted run goes on where it stopped.
 */
public class ExtractItemReader implements ItemStreamReader<ImportItem> {

	private static final String FILE_INDEX = "import.file";

	private static final String LINES_DONE = "import.lines";

	/** The key of the imports started, in file order (a {@code List<Long>}), in the step's context. */
	public static final String IMPORT_IDS = "import.ids";

	private static final long BYTES_PER_FACT = 100;

	private final List<Path> files;

	private final Pseudonymiser pseudonymiser;

	private final ColumnMapping mapping;

	private final FactStore store;

	private final List<Long> importIds = new ArrayList<>();

	private final long totalBytes;

	private int fileIndex;

	private long linesDone;

	private long bytesOfFinishedFiles;

	private ExtractReader current;

	private ReadAhead ahead;

	public ExtractItemReader(List<Path> files, Pseudonymiser pseudonymiser, ColumnMapping mapping, FactStore store) {
		this.files = List.copyOf(files);
		this.pseudonymiser = pseudonymiser;
		this.mapping = mapping;
		this.store = store;
		this.totalBytes = files.stream().mapToLong(ExtractItemReader::size).sum();
	}

	@Override
	public void open(ExecutionContext context) {
		this.fileIndex = context.getInt(FILE_INDEX, 0);
		this.linesDone = context.getLong(LINES_DONE, 0);
		this.importIds.addAll(importIds(context));
		for (int i = 0; i < this.fileIndex && i < this.files.size(); i++) {
			this.bytesOfFinishedFiles += size(this.files.get(i));
		}
		this.store.prepareImport(this.totalBytes / BYTES_PER_FACT);
	}

	@Override
	public ImportItem read() throws IOException {
		while (this.fileIndex < this.files.size()) {
			if (this.current == null) {
				openCurrent();
			}
			ParsedLine line = this.ahead.next();
			if (line != null) {
				this.linesDone++;
				return new ImportItem(this.importIds.get(this.fileIndex), this.current.format(),
						this.current.reportingYear(), line);
			}
			this.ahead.close();
			this.ahead = null;
			this.current.close();
			this.current = null;
			this.bytesOfFinishedFiles += size(this.files.get(this.fileIndex));
			this.fileIndex++;
			this.linesDone = 0;
		}
		return null;
	}

	private void openCurrent() throws IOException {
		Path file = this.files.get(this.fileIndex);
		this.current = ExtractReaders.open(file, this.pseudonymiser, this.mapping);
		if (this.importIds.size() <= this.fileIndex) {
			this.importIds.add(this.store.startImport(InputFileNames.stored(file), checksum(file),
					this.current.format().name(), this.current.description()));
		}
		for (long skipped = 0; skipped < this.linesDone; skipped++) {
			this.current.next();
		}
		this.ahead = new ReadAhead(this.current, "kostra-import-read");
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(FILE_INDEX, this.fileIndex);
		context.putLong(LINES_DONE, this.linesDone);
		context.put(IMPORT_IDS, new ArrayList<>(this.importIds));
	}

	@Override
	public void close() {
		if (this.ahead != null) {
			this.ahead.close();
			this.ahead = null;
		}
		if (this.current != null) {
			try {
				this.current.close();
			}
			catch (IOException ex) {
				throw new ItemStreamException(ex);
			}
			this.current = null;
		}
	}

	/** The imports a reader saved in {@code context} (or that were promoted from it), in file order. */
	public static List<Long> importIds(ExecutionContext context) {
		List<?> ids = context.get(IMPORT_IDS, List.class);
		return (ids != null) ? ids.stream().map(Long.class::cast).toList() : List.of();
	}

	/** Share of the input bytes read so far, 0..1. */
	public double progress() {
		long done = this.bytesOfFinishedFiles + ((this.current != null) ? this.current.bytesRead() : 0);
		return (this.totalBytes == 0) ? 1.0 : Math.min(1.0, (double) done / this.totalBytes);
	}

	static String checksum(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			DigestInputStream digestIn = (DigestInputStream) in;
			byte[] buffer = new byte[65536];
			while (digestIn.read(buffer) != -1) {
				// reading feeds the digest
			}
			return HexFormat.of().formatHex(digestIn.getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
