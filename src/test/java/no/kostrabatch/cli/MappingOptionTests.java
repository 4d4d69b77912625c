package no.kostrabatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --mapping} on the commands that read CSV extracts straight from the files. */
class MappingOptionTests {

	static final String CSV = "src/test/resources/fixtures/input/06_OK_own_columns.csv";

	static final String MAPPING = "src/test/resources/fixtures/input/06_mapping.yml";

	@TempDir
	Path dir;

	@Test
	void export11fReadsAnExtractInItsOwnColumnNamesAndCodes() throws IOException {
		Path out = this.dir.resolve("bergen.11f");

		Console.Result result = Console.run("export-11f", "--input", CSV, "--year", "2025", "--out", out.toString(),
				"--mapping", MAPPING);

		assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.OK);
		assertThat(result.out()).isEqualTo("Wrote " + out + ": 2 records in the 2025 11F layout from 1 extract(s)."
				+ System.lineSeparator());
		assertThat(Files.readAllLines(out, java.nio.charset.StandardCharsets.ISO_8859_1)).hasSize(2)
			.allSatisfy((line) -> assertThat(line).startsWith("4601"));
	}

}
