package app.limber.catalogue;

import jakarta.persistence.EntityManager;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the catalogue while the application context starts, so that a server that answers
 * requests always has the whole catalogue, and an invalid one stops start-up.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	@Bean
	CatalogueVersion catalogueVersion(CatalogueProperties properties, ResourceLoader resources,
			EntityManager entityManager, PlatformTransactionManager transactionManager) {
		CatalogueLoader loader = new CatalogueLoader(new CatalogueReader(resources), entityManager,
				new TransactionTemplate(transactionManager));
		return loader.load(properties.location());
	}

}
