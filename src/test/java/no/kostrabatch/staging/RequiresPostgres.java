package no.kostrabatch.staging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when {@code KOSTRA_TEST_POSTGRES_URL} names a PostgreSQL database, and
 * otherwise says so in one line on the console (once per test run), with how to run it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

	/** The environment variable that names the test database. */
	String URL = "KOSTRA_TEST_POSTGRES_URL";

	/** The condition behind the annotation. */
	class Condition implements ExecutionCondition {

		private static final AtomicBoolean SAID = new AtomicBoolean();

		static final String SKIPPED = "PostgreSQL tests skipped: " + URL + " is not set (run .ci/run, which starts a "
				+ "PostgreSQL for them, or set " + URL + "=jdbc:postgresql://localhost:5432/DB and "
				+ "KOSTRA_TEST_POSTGRES_USER, KOSTRA_TEST_POSTGRES_PASSWORD; see the README).";

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String url = System.getenv(URL);
			if (url != null && !url.isBlank()) {
				return ConditionEvaluationResult.enabled(URL + " is set");
			}
			if (SAID.compareAndSet(false, true)) {
				System.out.println(SKIPPED);
			}
			return ConditionEvaluationResult.disabled(SKIPPED);
		}

	}

}
