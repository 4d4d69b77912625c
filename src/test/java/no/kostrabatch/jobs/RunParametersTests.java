package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RunParametersTests {

	@TempDir
	Path dir;

	@Test
	void theFingerprintHoldsTheColumnMappingsContentSoAChangedMappingIsANewRun() throws IOException {
		Path mapping = this.dir.resolve("mapping.yml");
		Files.writeString(mapping, "codes:\n  KJONN: {M: 1, K: 2}\n");
		RunParameters without = RunParameters.of("2025", List.of(), this.dir.resolve("out"), DisclosureMode.INTERNAL,
				Lang.NB, null, 3);
		RunParameters with = without.mappedBy(mapping);

		String first = with.fingerprint();
		String again = with.fingerprint();
		Files.writeString(mapping, "codes:\n  KJONN: {M: 2, K: 1}\n");
		String changed = with.fingerprint();

		assertThat(again).isEqualTo(first);
		assertThat(first).isNotEqualTo(without.fingerprint());
		assertThat(changed).isNotEqualTo(first);
		assertThat(with.replacing(List.of()).mapping()).isEqualTo(mapping);
		assertThat(with.comparedWith(List.of()).mapping()).isEqualTo(mapping);
	}

	@Test
	void theMappingIsAJobParameterOfTheRun() {
		Path mapping = this.dir.resolve("mapping.yml");
		RunParameters parameters = RunParameters
			.of("2025", List.of(), this.dir.resolve("out"), DisclosureMode.INTERNAL, Lang.NB, null, 3)
			.mappedBy(mapping);

		var jobParameters = parameters.toJobParameters(1, parameters.fingerprint(), true);

		assertThat(jobParameters.getString(RunParameters.MAPPING)).isEqualTo(mapping.toAbsolutePath().toString());
		assertThat(jobParameters.getParameters().get(RunParameters.MAPPING).isIdentifying()).isFalse();
	}

}
