package no.kostrabatch.validation.differential;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kostra validate} finds what SSB's own control program finds: the same (line, rule, severity)
 * on every mutation of {@link ElevenFMutator}, for Oslo and a municipality without districts, in
 * 2024, 2025 and 2026, and on files with a wrong structure, apart from the deviations listed in
 * {@code docs/rules/11F.md}. {@code -Dkostra.ssb.campaign=N} adds N random mutations per year and
 * municipality.
 */
class SsbOracleDifferentialTests {

	@Test
	void findingsAreSsbsFindings(@TempDir Path folder) throws Exception {
		var oracle = SsbOracle.find();
		Assumptions.assumeTrue(oracle.isPresent(), SsbOracle::missingMessage);
		DifferentialCampaign campaign = new DifferentialCampaign(oracle.get(), folder);
		campaign.run(Integer.getInteger("kostra.ssb.campaign", 0), 11);
		campaign.writeReport(Path.of("target", "ssb-differential.txt"));
		assertThat(campaign.tally.differences).as(campaign.tally.table()).isEmpty();
	}

}
