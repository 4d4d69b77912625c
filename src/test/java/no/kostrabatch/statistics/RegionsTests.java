package no.kostrabatch.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionsTests {

	private final Regions regions = Regions.load();

	@Test
	void numberChangesKeepASeriesTogether() {
		assertThat(this.regions.current("1201")).isEqualTo("4601");
		assertThat(this.regions.current("0219")).isEqualTo("3201");
		assertThat(this.regions.formerNumbers("4601")).containsExactly("4601", "1201");
		assertThat(this.regions.formerNumbers("3201")).containsExactly("3201", "3024", "0219");
		assertThat(this.regions.formerNumbers("0301")).containsExactly("0301");
	}

	@Test
	void namesOfMunicipalitiesDistrictsAndGroups() {
		assertThat(this.regions.name("4601")).isEqualTo("Bergen");
		assertThat(this.regions.name("030115")).isEqualTo("Oslo, Søndre Nordstrand");
		assertThat(this.regions.name("group:run")).isEqualTo("Byene i kjøringen");
		assertThat(this.regions.group("ASSS").orElseThrow()).hasSize(10).contains("0301", "4601", "5001", "1103");
	}

}
