package no.kostrabatch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A report of one file, named as the run asks for it ({@code statistics.csv}). */
public interface FileReportWriter extends ReportWriter {

	/** Writes the report into {@code file}. */
	void write(ReportData data, Path file) throws IOException;

	@Override
	default List<String> writeInto(ReportData data, Path folder) throws IOException {
		Path file = folder.resolve(name());
		Files.deleteIfExists(file);
		write(data, file);
		return List.of(name());
	}

}
