package no.kostrabatch.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import no.kostrabatch.report.ReportData;
import no.kostrabatch.report.ReportWriter;

/**
 * The PDF reports a run asks for with {@code statusrapport.pdf}: one {@code statusrapport-<kommunenr>.pdf}
 * per municipality of the run and, when the run has more than one, {@code sammenligning.pdf} (a run of
 * one city has nobody to compare with; its report says so by leaving the comparison out). Each file
 * is written beside its place under a temporary name and moved into place whole.
 */
public final class StatusReports implements ReportWriter {

	/** The name a run's outputs list uses for the PDF reports. */
	public static final String REQUESTED = "statusrapport.pdf";

	/** The comparison of all the cities of a run. */
	public static final String COMPARISON = "sammenligning.pdf";

	private static final Pattern NAMES = Pattern.compile("statusrapport(-\\d{4})?\\.pdf|sammenligning\\.pdf");

	/** A municipality's report file. */
	public static String cityFile(String municipality) {
		return "statusrapport-" + municipality + ".pdf";
	}

	/** Whether a file name is one of the PDF reports (the single {@code statusrapport.pdf} of earlier versions too). */
	public static boolean isReport(String name) {
		return NAMES.matcher(name).matches();
	}

	@Override
	public String name() {
		return REQUESTED;
	}

	@Override
	public boolean writes(String fileName) {
		return isReport(fileName);
	}

	/** Writes the reports into {@code folder}; returns the names written, in order. */
	@Override
	public List<String> writeInto(ReportData data, Path folder) throws IOException {
		List<String> written = new ArrayList<>();
		for (String city : data.info().municipalities()) {
			String name = cityFile(city);
			new StatusReportWriter().write(data, city, partial(folder, name));
			place(folder, name);
			written.add(name);
		}
		if (data.info().municipalities().size() > 1) {
			new ComparisonReportWriter().write(data, partial(folder, COMPARISON));
			place(folder, COMPARISON);
			written.add(COMPARISON);
		}
		return written;
	}

	private static Path partial(Path folder, String name) throws IOException {
		Path file = folder.resolve("." + name + ".partial");
		Files.deleteIfExists(file);
		return file;
	}

	private static void place(Path folder, String name) throws IOException {
		Path target = folder.resolve(name);
		Files.deleteIfExists(target);
		Files.move(folder.resolve("." + name + ".partial"), target, StandardCopyOption.ATOMIC_MOVE);
	}

}
