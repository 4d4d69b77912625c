package no.kostrabatch.jobs;

import javax.sql.DataSource;

import no.kostrabatch.input.PseudonymKey;
import no.kostrabatch.input.Pseudonymiser;
import no.kostrabatch.staging.FactStore;
import no.kostrabatch.statistics.Regions;
import no.kostrabatch.statistics.StatisticsSettings;
import no.kostrabatch.statistics.TableCatalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The shared components of every job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KostraProperties.class)
class KostraConfiguration {

	@Bean
	TableCatalog tableCatalog(KostraProperties properties) {
		return TableCatalog.load(new StatisticsSettings(properties.longTermThreshold()));
	}

	@Bean
	Regions regions() {
		return Regions.load();
	}

	@Bean
	FactStore factStore(DataSource dataSource) {
		return new FactStore(dataSource);
	}

	@Bean
	ResultStore resultStore(DataSource dataSource, TableCatalog catalog) {
		return new ResultStore(dataSource, catalog);
	}

	@Bean
	@Lazy
	Pseudonymiser pseudonymiser(KostraProperties properties) {
		return new Pseudonymiser(PseudonymKey.load(properties.pseudonymKeyFile()));
	}

}
