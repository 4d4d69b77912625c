package no.kostrabatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The H2 store encrypted with AES under KOSTRA_STORE_KEY (here the equivalent system property). */
class EncryptedStoreTests {

	@TempDir
	Path dir;

	@AfterEach
	void forgetTheKey() {
		System.clearProperty("kostra.store.key");
		System.clearProperty("kostra.pseudonym-key-file");
	}

	@Test
	void theStoreFileIsUnreadableWithoutTheKey() throws IOException {
		Path extract = this.dir.resolve("bergen.csv");
		new SampleGenerator(5).write("4601", 2025, 40, SampleFormat.CSV, extract);
		Path store = this.dir.resolve("store");
		System.setProperty("kostra.pseudonym-key-file", this.dir.resolve("key").toString());
		System.setProperty("kostra.store.key", "a long store key for the test");

		int imported = Launcher.run("import", extract.toString(), "--store", store.toString(), "--rejects",
				this.dir.resolve("rejects").toString());

		assertThat(imported).isZero();
		String bytes = new String(Files.readAllBytes(store.resolve("kostra.mv.db")), StandardCharsets.ISO_8859_1);
		assertThat(bytes).doesNotContain("PERSON_MONTH").doesNotContain("IMPORT_LOG").doesNotContain("4601");

		System.clearProperty("kostra.store.key");
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(Launcher.run("import", extract.toString(), "--store", store.toString())).isEqualTo(3);
		}
		finally {
			System.setErr(err);
		}
		assertThat(captured.toString(StandardCharsets.UTF_8)).startsWith("kostra: ").doesNotContain("\tat ");
	}

}
