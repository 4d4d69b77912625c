package no.kostrabatch.report.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

import no.kostrabatch.input.ColumnMapping;
import no.kostrabatch.input.CsvColumn;
import no.kostrabatch.input.CsvExtract;
import no.kostrabatch.input.CsvRow;
import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ExtractFormat;
import no.kostrabatch.input.ExtractReader;
import no.kostrabatch.input.ExtractReaders;
import no.kostrabatch.input.Pseudonymiser;
import no.kostrabatch.validation.ElevenFValidator;
import no.kostrabatch.validation.Finding;
import no.kostrabatch.validation.RuleId;
import no.kostrabatch.validation.ValidationSummary;
import no.kostrabatch.validation.export.ElevenFExporter;

import no.kostrabatch.report.Messages;
import no.kostrabatch.statistics.Lang;

import org.springframework.lang.Nullable;

/**
 * Validates an 11F file or a CSV extract and writes {@code kontrollrapport.csv} and
 * {@code kontrollrapport.xlsx}. A CSV extract is checked as the 11F records derived from it; a
 * finding points to the CSV line of the person's latest month, and a field the extract does not
 * carry is reported once for the file instead of once per record.
 */
public final class ControlReport {

	/** The optional extract columns and the 11F fields they fill. */
	static final Map<CsvColumn, List<ElevenFField>> OPTIONAL = new EnumMap<>(CsvColumn.class);

	static {
		OPTIONAL.put(CsvColumn.BYDELSNR, List.of(ElevenFField.BYDELSNR));
		OPTIONAL.put(CsvColumn.FODSELSDATO, List.of(ElevenFField.FODSELSDATO));
		OPTIONAL.put(CsvColumn.BOSIT, List.of(ElevenFField.BOSIT));
		OPTIONAL.put(CsvColumn.GITT_OKONOMIRAD, List.of(ElevenFField.GITT_OKONOMIRAD));
		OPTIONAL.put(CsvColumn.FAAT_INDIVIDUELL_PLAN, List.of(ElevenFField.FAAT_INDIVIDUELL_PLAN));
		OPTIONAL.put(CsvColumn.SAKSBEHANDLER, List.of(ElevenFField.SAKSBEHANDLER));
		OPTIONAL.put(CsvColumn.VILKARSOSLOV, List.of(ElevenFField.VILKARSOSLOV));
		OPTIONAL.put(CsvColumn.VILKARSAMEKT, List.of(ElevenFField.VILKARSAMEKT));
		OPTIONAL.put(CsvColumn.UTBETDATO, List.of(ElevenFField.UTBETDATO));
		OPTIONAL.put(CsvColumn.UTBETTOMDATO, List.of(ElevenFField.UTBETTOMDATO));
		OPTIONAL.put(CsvColumn.PERSON_JOURNALNR, List.of(ElevenFField.PERSON_JOURNALNR));
	}

	/**
	 * What a validation gave and where its reports are.
	 * @param cutAfterLine the last whole line when the file ends in the middle of a record (it seems
	 * cut), else 0
	 */
	public record Result(ValidationSummary summary, ExtractFormat format, Path csv, Path xlsx, long cutAfterLine) {

		public Result(ValidationSummary summary, ExtractFormat format, Path csv, Path xlsx) {
			this(summary, format, csv, xlsx, 0);
		}

	}

	@Nullable
	private final ColumnMapping mapping;

	/** Validates extracts with our column names and codes. */
	public ControlReport() {
		this(null);
	}

	private final Runnable lineRead;

	private final Lang lang;

	/** Validates CSV extracts read with a municipality's column mapping ({@code null} for none). */
	public ControlReport(@Nullable ColumnMapping mapping) {
		this(mapping, () -> {
		});
	}

	/**
	 * As {@link #ControlReport(ColumnMapping)}, telling {@code lineRead} of every line each pass reads
	 * (an 11F file is read twice; a CSV extract once, and the short passes over the 11F records
	 * derived from it, one a person, are not counted), for progress.
	 */
	public ControlReport(@Nullable ColumnMapping mapping, Runnable lineRead) {
		this(mapping, lineRead, Lang.NB);
	}

	/** As {@link #ControlReport(ColumnMapping, Runnable)}, with the report's own words in {@code lang}. */
	public ControlReport(@Nullable ColumnMapping mapping, Runnable lineRead, Lang lang) {
		this.mapping = mapping;
		this.lineRead = lineRead;
		this.lang = lang;
	}

	public Result run(Path file, OptionalInt year, String municipality, Path outDir) throws IOException {
		return run(file, year, municipality, outDir, file.getFileName().toString());
	}

	/**
	 * The same, naming the file in the report as {@code shownName} (see
	 * {@link no.kostrabatch.report.FileNames}).
	 */
	public Result run(Path file, OptionalInt year, String municipality, Path outDir, String shownName)
			throws IOException {
		Files.createDirectories(outDir);
		Path csv = outDir.resolve("kontrollrapport.csv");
		Path xlsx = outDir.resolve("kontrollrapport.xlsx");
		Path csvPartial = partial(csv);
		Path xlsxPartial = partial(xlsx);
		ExtractFormat format = format(file);
		ValidationSummary summary;
		long cutAfter;
		try (ControlReportCsvWriter csvWriter = new ControlReportCsvWriter(csvPartial);
				ControlReportXlsxWriter xlsxWriter = new ControlReportXlsxWriter(xlsxPartial, this.lang)) {
			Consumer<Finding> both = csvWriter.andThen(xlsxWriter);
			long[] cut = new long[1];
			summary = (format == ExtractFormat.CSV) ? csvExtract(file, year, municipality, both, cut)
					: new ElevenFValidator(this.lineRead).validate(file, year, municipality, both);
			if (format != ExtractFormat.CSV) {
				cut[0] = ExtractReaders.cutAfterLine(file);
			}
			cutAfter = cut[0];
			xlsxWriter.finish(summary, shownName);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(csvPartial);
			Files.deleteIfExists(xlsxPartial);
			throw ex;
		}
		Files.move(csvPartial, csv, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		Files.move(xlsxPartial, xlsx, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return new Result(summary, format, csv, xlsx, cutAfter);
	}

	/** Where a report is written until it is complete: beside it, a name that does not look finished. */
	private static Path partial(Path report) throws IOException {
		Path partial = report.resolveSibling("." + report.getFileName() + ".partial");
		Files.deleteIfExists(partial);
		return partial;
	}

	/**
	 * CSV when the file reads as a CSV extract; otherwise 11F, so that a file the import refuses (a bad
	 * first KOMMUNE_NR, every line of the wrong length, UTF-16) gets its FATAL findings line by line,
	 * as SSB's program gives them. A CSV extract the import refuses is refused here too.
	 */
	private ExtractFormat format(Path file) {
		byte[] key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		Pseudonymiser throwaway = new Pseudonymiser(key);
		try (ExtractReader reader = ExtractReaders.open(file, throwaway, this.mapping)) {
			return reader.format();
		}
		catch (no.kostrabatch.input.InputFileException ex) {
			if (Files.isRegularFile(file) && Files.isReadable(file) && !looksDelimited(file) && !binary(file)) {
				return ExtractFormat.ELEVEN_F;
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static boolean binary(Path file) {
		try {
			return ExtractReaders.binaryDescription(file).isPresent();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean looksDelimited(Path file) {
		try (java.io.BufferedReader reader = Files.newBufferedReader(file, ExtractReaders.charsetOf(file))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					return line.indexOf(';') >= 0 || line.toUpperCase(java.util.Locale.ROOT).contains("KOMMUNE_NR");
				}
			}
			return false;
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return false;
		}
	}

	private ValidationSummary csvExtract(Path file, OptionalInt year, String municipality, Consumer<Finding> sink,
			long[] cut) throws IOException {
		int reportingYear = year.orElseGet(() -> firstYear(file));
		LongList csvLines = new LongList();
		try (SealedFile derived = SealedFile.create("kostra-11f")) {
			Set<CsvColumn> columns;
			List<Finding> lineFindings = new ArrayList<>();
			try (BufferedWriter out = derived.writer()) {
				columns = new ElevenFExporter(this.mapping).onRowRead(this.lineRead)
					.export(List.of(file), reportingYear, (record) -> {
					try {
						out.write(record.line());
						out.write('\n');
						csvLines.add(record.csvLine());
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}, (problem) -> {
					if (problem.cut()) {
						cut[0] = problem.csvLine() - 1;
					}
					lineFindings.add(new Finding(problem.csvLine(), RuleId.R002, problem.field(), "",
							problem.message().replaceFirst("^Linje \\d+: ", "")));
				});
			}
			List<ElevenFField> missing = new ArrayList<>();
			OPTIONAL.forEach((column, fields) -> {
				if (!columns.contains(column)) {
					missing.addAll(fields);
				}
			});
			if (!columns.contains(CsvColumn.VILKAR)) {
				missing.addAll(ElevenFField.conditions());
			}
			Map<String, Finding> perFile = new LinkedHashMap<>();
			Map<String, Long> merged = new LinkedHashMap<>();
			ValidationSummary summary = new ElevenFValidator(() -> {
			}).validate(derived::reader, OptionalInt.of(reportingYear),
					municipality, (finding) -> {
						if (finding.field() != null && missing.contains(finding.field())) {
							String key = finding.rule() + "|" + finding.field();
							perFile.putIfAbsent(key, finding);
							merged.merge(key, 1L, Long::sum);
						}
						else {
							sink.accept(relocated(finding, csvLines));
						}
					});
			perFile.forEach((key, finding) -> {
				summary.mergeFindings(finding.rule(), merged.get(key));
				sink.accept(new Finding(1, finding.rule(), finding.field(), "", new Messages(this.lang)
					.get("control.control_report.the_extract_has_no_column_for", finding.field(), merged.get(key))));
			});
			for (Finding finding : lineFindings) {
				summary.countFinding(finding);
				sink.accept(finding);
			}
			summary.sourceLines(lineCount(file));
			return summary;
		}
	}

	/** A growable list of longs: the CSV line of each derived record, 8 bytes a record. */
	private static final class LongList {

		private long[] values = new long[1024];

		private int size;

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = java.util.Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		int size() {
			return this.size;
		}

		long get(int index) {
			return this.values[index];
		}

	}

	private static Finding relocated(Finding finding, LongList csvLines) {
		int index = (int) finding.line() - 1;
		long line = (index >= 0 && index < csvLines.size()) ? csvLines.get(index) : finding.line();
		return new Finding(line, finding.rule(), finding.field(), finding.journal(), finding.message());
	}

	private static long lineCount(Path file) throws IOException {
		try (java.util.stream.Stream<String> lines = Files.lines(file, ExtractReaders.charsetOf(file))) {
			return lines.count();
		}
	}

	private int firstYear(Path file) {
		try (CsvExtract extract = CsvExtract.open(file, this.mapping)) {
			CsvRow row = extract.next();
			return (row != null) ? YearMonth.parse(row.get(CsvColumn.PERIODE)).getYear() : YearMonth.now().getYear();
		}
		catch (IOException | RuntimeException ex) {
			return YearMonth.now().getYear();
		}
	}

}
