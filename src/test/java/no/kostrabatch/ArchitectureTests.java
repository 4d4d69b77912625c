package no.kostrabatch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Dependencies flow one way: input → validation → staging → statistics → disclosure → report. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("no.kostrabatch");

	@Test
	void featuresDependOnlyOnEarlierFeatures() {
		String[][] forbidden = { { "input", "validation", "staging", "statistics", "disclosure", "report", "jobs", "cli" },
				{ "validation", "staging", "statistics", "disclosure", "report", "jobs", "cli" },
				{ "staging", "statistics", "disclosure", "report", "jobs", "cli" }, { "statistics", "disclosure", "report", "jobs", "cli" },
				{ "disclosure", "report", "jobs", "cli" }, { "report", "staging", "jobs", "cli" }, { "jobs", "cli" } };
		for (String[] rule : forbidden) {
			for (int i = 1; i < rule.length; i++) {
				noClasses().that()
					.resideInAPackage("no.kostrabatch." + rule[0] + "..")
					.should()
					.dependOnClassesThat()
					.resideInAPackage("no.kostrabatch." + rule[i] + "..")
					.because(rule[0] + " comes before " + rule[i])
					.allowEmptyShould(true)
					.check(this.classes);
			}
		}
	}

	@Test
	void domainLogicDoesNotUseSpringBatch() {
		noClasses().that()
			.resideInAnyPackage("no.kostrabatch.input", "no.kostrabatch.validation..", "no.kostrabatch.statistics..",
					"no.kostrabatch.disclosure..", "no.kostrabatch.report..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.batch..")
			.check(this.classes);
	}

	@Test
	void internalPackagesAreUsedOnlyByTheirFeatureAndTheJobWiring() {
		for (String feature : new String[] { "input", "validation", "staging", "statistics", "disclosure", "report",
				"sample" }) {
			classes().that()
				.resideInAPackage("no.kostrabatch." + feature + ".internal..")
				.should()
				.onlyHaveDependentClassesThat()
				.resideInAnyPackage("no.kostrabatch." + feature + "..", "no.kostrabatch.jobs..")
				.because("a feature's internal package is its own; jobs/ only wires its step adapters")
				.allowEmptyShould(true)
				.check(this.classes);
		}
	}

	@Test
	void noCycles() {
		SlicesRuleDefinition.slices().matching("no.kostrabatch.(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
