package no.kostrabatch.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule has a class, a test and an entry in docs/rules/11F.md that links to both. */
class RuleDocumentationTests {

	private static final Map<RuleId, String> STRUCTURAL = Map.of(RuleId.R000, "Rule000SkalLevereFiluttrekk",
			RuleId.R001, "Rule001Recordlengde");

	@Test
	void everyRuleHasAClassATestAndADocumentedEntry() throws IOException {
		Map<RuleId, String> classes = new EnumMap<>(RuleId.class);
		for (int year : new int[] { 2024, 2025 }) {
			RuleSet rules = RuleSet.forYear(year);
			rules.recordRules().forEach((r) -> classes.put(r.id(), r.getClass().getSimpleName()));
			rules.newFileRules().forEach((r) -> classes.put(r.id(), r.getClass().getSimpleName()));
		}
		String doc = Files.readString(Path.of("docs/rules/11F.md"));
		for (RuleId id : RuleId.values()) {
			assertThat(doc).as("doc entry for " + id).contains("### " + id.number() + " " + id.title() + " (" + id.severity() + ")");
			String name = STRUCTURAL.getOrDefault(id, classes.get(id));
			assertThat(name).as("a rule class in a RuleSet for " + id).isNotNull();
			Path code = Path.of("src/main/java/no/kostrabatch/validation/rules/" + name + ".java");
			assertThat(code).as("class of " + id).exists();
			assertThat(doc).as("doc links the class of " + id).contains("(../../" + code + ")");
			Path test = Path.of("src/test/java/no/kostrabatch/validation/rules/" + name + "Tests.java");
			assertThat(test).as("test class of " + id).exists();
			assertThat(Files.readString(test)).as("a parameterised test of " + id).contains("@ParameterizedTest");
			assertThat(doc).as("doc links the test of " + id).contains("(../../" + test + ")");
		}
	}

}
