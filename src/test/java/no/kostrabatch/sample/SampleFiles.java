package no.kostrabatch.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.kostrabatch.input.ElevenFLayout;
import no.kostrabatch.input.ElevenFRecord;

/** Reads generated files back for the tests: CSV rows by column name, 11F records, digests. */
final class SampleFiles {

	private SampleFiles() {
	}

	static List<Map<String, String>> csvRows(List<Path> files) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		for (Path file : files) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			String[] header = lines.get(0).split(";", -1);
			for (String line : lines.subList(1, lines.size())) {
				String[] values = line.split(";", -1);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.length; i++) {
					row.put(header[i], values[i]);
				}
				rows.add(row);
			}
		}
		return rows;
	}

	static List<Map<String, String>> csvRows(Path file) throws IOException {
		return csvRows(List.of(file));
	}

	static List<ElevenFRecord> records(Path file, int year) throws IOException {
		ElevenFLayout layout = ElevenFLayout.forYear(year);
		List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
		List<ElevenFRecord> records = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			records.add(new ElevenFRecord(layout, i + 1, lines.get(i)));
		}
		return records;
	}

	static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
