package no.kostrabatch.jobs;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressListenerTests {

	@Test
	void aProgressLineGivesShareCountRateAndTimeLeftInEnglish() {
		assertThat(ProgressListener.line("Importing", 0.4, 2000, Duration.ofSeconds(2)))
			.isEqualTo("Importing: 40 % (2,000 lines, 1,000 lines/s, about 3 s left)");
		assertThat(ProgressListener.line("Importing", 0.1, 130_000, Duration.ofSeconds(20)))
			.isEqualTo("Importing: 10 % (130,000 lines, 6,500 lines/s, about 3 min 00 s left)");
		assertThat(ProgressListener.line("Importing", 0.0, 0, Duration.ZERO)).isEqualTo("Importing: 0 % (0 lines)");
		assertThat(ProgressListener.line("Importing", 0.93, 18_000, Duration.ofMillis(4483)))
			.isEqualTo("Importing: 93 % (18,000 lines, 4,015 lines/s, under 1 s left)");
		assertThat(ProgressListener.line("Importing", 1.0, 721, Duration.ofMillis(500)))
			.isEqualTo("Importing: 100 % (721 lines, 1,442 lines/s)");
	}

	@Test
	void theLastLineGivesCountTimeAndRate() {
		assertThat(ProgressListener.done("Importing", 5000, Duration.ofSeconds(5)))
			.isEqualTo("Importing: done, 5,000 lines in 5 s (1,000 lines/s)");
		assertThat(ProgressListener.done("Importing", 0, Duration.ZERO)).isEqualTo("Importing: done, 0 lines in 0 s");
		assertThat(ProgressListener.time(Duration.ofSeconds(3725))).isEqualTo("1 h 02 min");
	}

}
