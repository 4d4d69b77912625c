package no.kostrabatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kostra validate} on a CSV extract cut in the middle of its last row says so and never "can be sent". */
class ValidateCutFileTests {

	@TempDir
	Path dir;

	@Test
	void aCutExtractIsReportedAsCutAndNotReadyToSend() throws IOException {
		String header = "KOMMUNE_NR;PERIODE;PERSON_JOURNALNR;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BIDRAG;LAAN";
		StringBuilder text = new StringBuilder(header).append('\n');
		for (int p = 1; p <= 5; p++) {
			text.append("0301;2025-01;J000000").append(p).append(";1;1;0;5;12;07;5000;0\n");
		}
		text.append("0301;2025-01;J0000006;1;1;0;5;12;07;50");
		Path file = this.dir.resolve("cut.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream original = System.out;
		int code;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			code = Launcher.run("validate", file.toString(), "--out", this.dir.resolve("report").toString());
		}
		finally {
			System.setOut(original);
		}
		String printed = out.toString(StandardCharsets.UTF_8);

		assertThat(code).as(printed).isNotZero();
		assertThat(printed).contains("The file seems cut after line 6").doesNotContain("can be sent");
		assertThat(Files.readString(this.dir.resolve("report/kontrollrapport.csv")))
			.contains("raden har 10 felt, overskriften har 11; filen ser ut til å være kuttet etter linje 6");
	}

}
