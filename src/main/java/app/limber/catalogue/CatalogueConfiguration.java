package app.limber.catalogue;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
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
	@Lazy
	CatalogueVersion catalogueVersion(CatalogueProperties properties, ResourceLoader resources,
			EntityManager entityManager, PlatformTransactionManager transactionManager) {
		CatalogueLoader loader = new CatalogueLoader(new CatalogueReader(resources), entityManager,
				new TransactionTemplate(transactionManager));
		return loader.load(properties.location());
	}

	// The load runs once every other singleton exists, and the web server starts only
	// after the catalogue is in. Never lazy, even when the rest of the context is.
	@Bean
	@Lazy(false)
	SmartInitializingSingleton catalogueLoadedAtStartup(ObjectProvider<CatalogueVersion> version) {
		return version::getObject;
	}

}
