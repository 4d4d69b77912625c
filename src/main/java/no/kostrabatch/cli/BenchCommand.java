package no.kostrabatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import no.kostrabatch.bench.CellCheck;
import no.kostrabatch.bench.DuckDbComparison;
import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.disclosure.StatisticsCsvReader;
import no.kostrabatch.input.Municipalities;
import no.kostrabatch.jobs.KostraProperties;
import no.kostrabatch.jobs.PeriodJobRunner;
import no.kostrabatch.jobs.RunOutcome;
import no.kostrabatch.jobs.RunParameters;
import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Lang;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kostra bench}: throughput of the whole annual job on a generated year. */
@Command(name = "bench", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
		description = "Generate a year of monthly CSV rows for N recipients (default: a national year, 130 000) in a "
				+ "temporary folder and run the annual job on it with a fresh store; print the time and throughput "
				+ "of every step. Then DuckDB computes the same tables from the same file (read_csv and GROUP BYs), "
				+ "its times are printed beside the job's, and its cells are checked against the job's unsuppressed "
				+ "cells (exit code 3 when they differ).")
class BenchCommand implements Callable<Integer> {

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Option(names = "--recipients", defaultValue = "130000", paramLabel = "N")
	int recipients;

	@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|11f")
	String format;

	@Option(names = "--seed", defaultValue = "1")
	long seed;

	@Option(names = "--disclosure", paramLabel = "public|internal",
			description = "Disclosure control of the job (default: internal with --duckdb, so every cell can be "
					+ "checked; public without).")
	DisclosureMode disclosure;

	@Option(names = "--duckdb", negatable = true, defaultValue = "true", fallbackValue = "true",
			description = "Compare with DuckDB on the same file (default; --no-duckdb to skip).")
	boolean duckdb;

	@Override
	public Integer call() throws IOException {
		if (this.recipients < 1) {
			throw new ParameterException(this.spec.commandLine(), "--recipients must be at least 1");
		}
		if (!this.format.equalsIgnoreCase("csv") && !this.format.equalsIgnoreCase("11f")) {
			throw new ParameterException(this.spec.commandLine(), "--format must be csv or 11f, not '" + this.format + "'");
		}
		if (this.duckdb && "csv".equalsIgnoreCase(this.format)) {
			DuckDbComparison.checkDriver();
		}
		PrintWriter out = this.spec.commandLine().getOut();
		Path dir = Files.createTempDirectory("kostra-bench");
		SampleFormat sampleFormat = "11f".equalsIgnoreCase(this.format) ? SampleFormat.ELEVEN_F : SampleFormat.CSV;
		Path input = dir.resolve("bench-2025." + ("11f".equalsIgnoreCase(this.format) ? "11f" : "csv"));
		long generateStart = System.nanoTime();
		new SampleGenerator(this.seed).write(Municipalities.OSLO, 2025, this.recipients, sampleFormat, input);
		out.printf(Locale.ROOT, "Generated %,d recipients (%s, %,d bytes) in %.1f s.%n", this.recipients, this.format,
				Files.size(input), (System.nanoTime() - generateStart) / 1e9);
		out.flush();
		StoreOptions store = new StoreOptions();
		store.store = dir.resolve("store");
		DisclosureMode mode = (this.disclosure != null) ? this.disclosure
				: this.duckdb ? DisclosureMode.INTERNAL : DisclosureMode.PUBLIC;
		try (HeapPeak heap = new HeapPeak(); ConfigurableApplicationContext context = Store.open(store)) {
			RunOutcome outcome = context.getBean(PeriodJobRunner.class)
				.run("annual", RunParameters.of("2025", List.of(input), dir.resolve("out"), mode, Lang.NB, null, 3));
			if (!outcome.succeeded()) {
				throw new IllegalStateException(outcome.message());
			}
			long lines = outcome.summary().imports().lines();
			for (Map.Entry<String, Duration> step : outcome.steps().entrySet()) {
				double seconds = step.getValue().toMillis() / 1000.0;
				out.printf(Locale.ROOT, "  %-13s %7.1f s%s%n", step.getKey(), seconds,
						(seconds > 0 && !step.getKey().equals("write")) ? String.format(Locale.ROOT, "  %,10.0f lines/s", lines / seconds) : "");
			}
			out.printf(Locale.ROOT, "Annual job on %,d lines (%,d person-months): %.1f s, %,.0f lines/s end to end.%n",
					lines, outcome.summary().imports().facts(), outcome.duration().toMillis() / 1000.0,
					lines / Math.max(0.001, outcome.duration().toMillis() / 1000.0));
			long peak = heap.peak();
			int threshold = context.getBean(KostraProperties.class).longTermThreshold();
			context.close();
			printResources(out, peak, store.store, outcome.summary().imports().facts());
			out.flush();
			if (this.duckdb && sampleFormat == SampleFormat.CSV) {
				return compareWithDuckDb(out, input, dir.resolve("out").resolve("statistics.csv"), lines, mode, threshold,
						outcome.duration());
			}
			if (this.duckdb) {
				out.println("DuckDB compares the CSV format only (read_csv); run with --format csv.");
			}
		}
		finally {
			deleteQuietly(dir);
		}
		return ExitCodes.OK;
	}

	private static int compareWithDuckDb(PrintWriter out, Path input, Path statistics, long lines, DisclosureMode mode,
			int longTermThreshold, Duration job) throws IOException {
		DuckDbComparison.DuckDbRun duck = new DuckDbComparison(longTermThreshold).run(input, 2025);
		out.printf(Locale.ROOT, "DuckDB %s on the same file (%,d rows):%n", duck.version(), duck.rows());
		printDuckDbStep(out, "load", duck.load(), lines);
		printDuckDbStep(out, "person-years", duck.personYears(), lines);
		printDuckDbStep(out, "tables", duck.tables(), lines);
		printDuckDbStep(out, "total", duck.total(), lines);
		int code = checkCells(out, duck, statistics, mode);
		out.printf(Locale.ROOT, "The job took %.1f times DuckDB's time (%.1f s against %.1f s; DuckDB derives only %d of "
				+ "the job's tables and writes no reports).%n", job.toNanos() / (double) Math.max(1, duck.total().toNanos()),
				job.toNanos() / 1e9, duck.total().toNanos() / 1e9,
				duck.cells().stream().map(Cell::tableId).distinct().count());
		return code;
	}

	private static int checkCells(PrintWriter out, DuckDbComparison.DuckDbRun duck, Path statistics,
			DisclosureMode mode) throws IOException {
		if (mode != DisclosureMode.INTERNAL) {
			out.println("DuckDB's cells not checked: the job ran with public disclosure (use --disclosure internal).");
			return ExitCodes.OK;
		}
		CellCheck.Result check = CellCheck.compare(duck.cells(), new StatisticsCsvReader().read(statistics), "2025");
		if (check.agrees()) {
			out.printf(Locale.ROOT, "DuckDB agrees on %,d cells (%s).%n", check.agreed(),
					String.join(", ", duck.cells().stream().map(Cell::tableId).distinct().sorted().toList()));
			return ExitCodes.OK;
		}
		out.printf(Locale.ROOT, "DuckDB disagrees on %,d cells (agrees on %,d); the first:%n", check.differences().size(),
				check.agreed());
		check.differences().stream().limit(20).forEach((d) -> out.println("  " + d));
		return ExitCodes.FAILED;
	}

	private static void printResources(PrintWriter out, long heap, Path store, long facts) throws IOException {
		long max = Runtime.getRuntime().maxMemory();
		long bytes = 0;
		if (Files.isDirectory(store)) {
			try (var files = Files.list(store)) {
				bytes = files.filter((f) -> f.getFileName().toString().endsWith(".db"))
					.mapToLong((f) -> f.toFile().length())
					.sum();
			}
		}
		out.printf(Locale.ROOT, "Peak heap %,d MB of at most %,d MB; the store holds %,d bytes once closed", heap >> 20,
				max >> 20, bytes);
		out.printf(Locale.ROOT, (facts > 0) ? " (%,d bytes per person-month).%n" : ".%n", bytes / Math.max(1, facts));
	}

	private static void printDuckDbStep(PrintWriter out, String name, Duration duration, long lines) {
		double seconds = duration.toNanos() / 1e9;
		out.printf(Locale.ROOT, "  %-13s %7.1f s  %,10.0f lines/s%n", name, seconds, lines / Math.max(0.001, seconds));
	}

	private static void deleteQuietly(Path dir) {
		try (var walk = Files.walk(dir)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is harmless
		}
	}

}
