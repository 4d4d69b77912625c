package no.kostrabatch.sample.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFLineWriter;
import no.kostrabatch.input.Municipalities;

/** Writes synthetic recipients as monthly CSV extracts or as an 11F file. */
public final class SampleWriters {

	static final String CSV_HEADER = "KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_DUF;PERSON_JOURNALNR;"
			+ "FODSELSDATO;KJONN;EKTSTAT;BU18;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BOSIT;STATSBORGERSKAP;GITT_OKONOMIRAD;"
			+ "FAAT_INDIVIDUELL_PLAN;SAKSBEHANDLER;VILKARSOSLOV;VILKARSAMEKT;VILKAR;UTBETDATO;UTBETTOMDATO;BIDRAG;LAAN";

	private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMyyyy");

	private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

	private SampleWriters() {
	}

	/** The rows of the months {@code months} accepts, one file, person by person. */
	public static void csv(List<SamplePerson> persons, String municipality, int year, IntPredicate months, Path out)
			throws IOException {
		createParent(out);
		try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			writer.write(CSV_HEADER);
			writer.write('\n');
			for (int month = 1; month <= 12; month++) {
				if (!months.test(month)) {
					continue;
				}
				for (SamplePerson person : persons) {
					for (SamplePerson.Row row : person.rows()) {
						if (row.month() == month) {
							writer.write(csvRow(person, row, municipality, year));
							writer.write('\n');
						}
					}
				}
			}
		}
	}

	/** A year's file written recipient by recipient into temporary files, then moved into place. */
	public interface YearFile extends Closeable {

		void write(SamplePerson person) throws UncheckedIOException;

		/** Moves the finished file to its place (replacing what was there). */
		void publish() throws IOException;

	}

	/**
	 * A year's CSV extract, month by month and within a month recipient by recipient (as {@link #csv}
	 * writes it): each month's rows go to a temporary file of their own, joined behind the header at
	 * the end, so no recipient is kept in memory.
	 */
	public static YearFile csvYear(String municipality, int year, Path out) throws IOException {
		createParent(out);
		List<Path> parts = new ArrayList<>();
		List<BufferedWriter> months = new ArrayList<>();
		try {
			for (int month = 1; month <= 12; month++) {
				Path part = partial(out, "-" + pad(month, 2));
				parts.add(part);
				months.add(Files.newBufferedWriter(part, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			closeAll(months);
			deleteAll(parts);
			throw ex;
		}
		return new YearFile() {

			@Override
			public void write(SamplePerson person) {
				try {
					for (SamplePerson.Row row : person.rows()) {
						BufferedWriter writer = months.get(row.month() - 1);
						writer.write(csvRow(person, row, municipality, year));
						writer.write('\n');
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public void publish() throws IOException {
				closeAll(months);
				Path joined = partial(out, "");
				try (OutputStream target = Files.newOutputStream(joined)) {
					target.write((CSV_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
					for (Path part : parts) {
						Files.copy(part, target);
					}
				}
				move(joined, out);
			}

			@Override
			public void close() {
				closeAll(months);
				deleteAll(parts);
				deleteAll(List.of(partial(out, "")));
			}

		};
	}

	/** A year's 11F file, recipient by recipient (as {@link #elevenF} writes it). */
	public static YearFile elevenFYear(String municipality, int year, Path out) throws IOException {
		createParent(out);
		ElevenFLayout layout = ElevenFLayout.forYear(year);
		Path partial = partial(out, "");
		BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.ISO_8859_1);
		return new YearFile() {

			@Override
			public void write(SamplePerson person) {
				try {
					writer.write(elevenFLine(person, layout, municipality, year));
					writer.write("\r\n");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public void publish() throws IOException {
				writer.close();
				move(partial, out);
			}

			@Override
			public void close() {
				closeAll(List.of(writer));
				deleteAll(List.of(partial));
			}

		};
	}

	private static Path partial(Path out, String suffix) {
		return out.toAbsolutePath().resolveSibling("." + out.getFileName() + suffix + ".partial");
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void closeAll(List<BufferedWriter> writers) {
		for (BufferedWriter writer : writers) {
			try {
				writer.close();
			}
			catch (IOException ex) {
				// the file is deleted or its error was reported by publish
			}
		}
	}

	private static void deleteAll(List<Path> files) {
		for (Path file : files) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file left behind is harmless
			}
		}
	}

	private static String csvRow(SamplePerson p, SamplePerson.Row row, String municipality, int year) {
		SamplePerson.Identity id = p.identity();
		SamplePerson.Attributes a = row.attributes();
		SamplePerson.Conditions c = p.conditions();
		return String.join(";", municipality, year + "-" + pad(row.month(), 2), row.district(), id.fnr(),
				id.duf(), id.journal(), date(id.birth()), id.gender(), a.civil(), a.bu18(),
				String.valueOf(a.children()), a.vklo(), a.trygdesit(), a.arbsit(), a.bosit(), id.citizenship(),
				c.okonomirad(), c.plan(), id.caseWorker(), c.vilkarSosLov(), c.vilkarSamEkt(),
				c.vilkarCodes(), date(c.paidFrom()),
				date(c.paidTo()), String.valueOf(row.bidrag()), String.valueOf(row.laan()));
	}

	private static String date(LocalDate date) {
		return (date != null) ? pad(date.getDayOfMonth(), 2) + pad(date.getMonthValue(), 2) + date.getYear() : "";
	}

	/** The 11F file of the year in the layout of that year. */
	public static void elevenF(List<SamplePerson> persons, String municipality, int year, Path out) throws IOException {
		createParent(out);
		ElevenFLayout layout = ElevenFLayout.forYear(year);
		try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.ISO_8859_1)) {
			for (SamplePerson person : persons) {
				writer.write(elevenFLine(person, layout, municipality, year));
				writer.write("\r\n");
			}
		}
	}

	static String elevenFLine(SamplePerson p, ElevenFLayout layout, String municipality, int year) {
		ElevenFLineWriter line = new ElevenFLineWriter(layout);
		SamplePerson.Row last = p.last();
		SamplePerson.Attributes a = last.attributes();
		SamplePerson.Identity id = p.identity();
		DateTimeFormatter dates = (layout.datePattern().length() == 6) ? DDMMYY : DDMMYYYY;
		put(line, ElevenFField.KOMMUNE_NR, municipality);
		put(line, ElevenFField.VERSION, pad(year % 100, 2));
		put(line, ElevenFField.BYDELSNR, Municipalities.OSLO.equals(municipality) ? last.district() : "");
		put(line, ElevenFField.FODSELSDATO, id.birth().format(DDMMYYYY));
		put(line, ElevenFField.PERSON_JOURNALNR, id.journal());
		put(line, ElevenFField.PERSON_FODSELSNR, id.fnr());
		put(line, ElevenFField.PERSON_DUF, id.duf());
		put(line, ElevenFField.KJONN, id.gender());
		put(line, ElevenFField.EKTSTAT, a.civil());
		put(line, ElevenFField.BU18, a.bu18());
		put(line, ElevenFField.ANTBU18, (a.children() > 0) ? pad(a.children(), 2) : "");
		put(line, ElevenFField.VKLO, a.vklo());
		put(line, ElevenFField.TRYGDESIT, a.trygdesit());
		put(line, ElevenFField.ARBSIT, a.arbsit());
		long[] bidrag = new long[13];
		long[] laan = new long[13];
		for (SamplePerson.Row row : p.rows()) {
			bidrag[row.month()] += row.bidrag();
			laan[row.month()] += row.laan();
			put(line, ElevenFField.supportMonth(row.month()), pad(row.month(), 2));
		}
		long totalBidrag = 0;
		long totalLaan = 0;
		for (int m = 1; m <= 12; m++) {
			totalBidrag += bidrag[m];
			totalLaan += laan[m];
			put(line, ElevenFField.bidragMonth(m), amount(bidrag[m]));
			put(line, ElevenFField.laanMonth(m), amount(laan[m]));
		}
		put(line, ElevenFField.BIDRAG, pad(totalBidrag, 7));
		put(line, ElevenFField.LAAN, pad(totalLaan, 7));
		SamplePerson.Conditions c = p.conditions();
		put(line, ElevenFField.GITT_OKONOMIRAD, c.okonomirad());
		put(line, ElevenFField.FAAT_INDIVIDUELL_PLAN, c.plan());
		put(line, ElevenFField.SAKSBEHANDLER, id.caseWorker());
		put(line, ElevenFField.BOSIT, a.bosit());
		put(line, ElevenFField.VILKARSOSLOV, c.vilkarSosLov());
		put(line, ElevenFField.VILKARSAMEKT, c.vilkarSamEkt());
		put(line, ElevenFField.UTBETDATO, (c.paidFrom() != null) ? c.paidFrom().format(dates) : "");
		put(line, ElevenFField.UTBETTOMDATO, (c.paidTo() != null) ? c.paidTo().format(dates) : "");
		for (String field : c.vilkar()) {
			ElevenFField f = ElevenFField.valueOf(field);
			put(line, f, f.codes().get(0));
		}
		return line.toString();
	}

	private static String amount(long value) {
		return (value > 0) ? pad(value, 7) : "";
	}

	/** Zero-padded to {@code width} digits (String.format is too slow for a million fields). */
	static String pad(long value, int width) {
		String digits = Long.toString(value);
		return (digits.length() >= width) ? digits : "0".repeat(width - digits.length()) + digits;
	}

	private static void put(ElevenFLineWriter line, ElevenFField field, String value) {
		if (line.has(field) && !value.isEmpty()) {
			line.put(field, value);
		}
	}

	private static void createParent(Path out) throws IOException {
		Path parent = out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
	}

}
