package no.kostrabatch.jobs;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the pipeline ({@code kostra.*} in application.yml).
 *
 * @param pseudonymKeyFile where the pseudonymisation key is kept (outside the store)
 * @param longTermThreshold support months from which a recipient is long-term
 * @param minimumCount the smallest count published in public outputs (k)
 */
@ConfigurationProperties("kostra")
public record KostraProperties(Path pseudonymKeyFile, int longTermThreshold, int minimumCount) {
}
