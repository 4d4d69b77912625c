package no.kostrabatch.input;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputFileNamesTests {

	@Test
	void theStoreAndTheLogKeepTheBaseNameWithRunsOfElevenDigitsMasked() {
		assertThat(InputFileNames.stored(Path.of("/home/nav/uttrekk/12345678901-klage.csv")))
			.isEqualTo("###########-klage.csv");
		assertThat(InputFileNames.stored(Path.of("/home/nav/12345678901/oslo-202501.csv"))).isEqualTo("oslo-202501.csv");
		assertThat(InputFileNames.stored(Path.of("sak-1234567890.csv"))).isEqualTo("sak-1234567890.csv");
		assertThat(InputFileNames.stored(Path.of("x123456789012y.csv"))).isEqualTo("x############y.csv");
	}

	@Test
	void aRefusedFileIsNamedMaskedInTheSentenceThatReachesTheLog() {
		assertThat(new InputFileException("Input file not found: /tmp/12345678901-klage.csv").getMessage())
			.isEqualTo("Input file not found: /tmp/###########-klage.csv");
	}

}
