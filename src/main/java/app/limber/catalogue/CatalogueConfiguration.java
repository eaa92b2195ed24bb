package app.limber.catalogue;

import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.seed.CatalogueReader;
import app.limber.catalogue.store.CatalogueRefresher;
import app.limber.catalogue.store.CatalogueStore;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Publishes the catalogue to the database while the application context starts, unless
 * the database holds it already, then builds the read model of the database's live
 * version, so that a server that answers requests always has a whole catalogue, and an
 * invalid one stops start-up. Afterwards the read model follows the database.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	@Bean
	@Lazy
	CatalogueStore catalogueStore(EntityManager entityManager, PlatformTransactionManager transactionManager) {
		return new CatalogueStore(entityManager, transactionManager);
	}

	@Bean
	@Lazy
	ReadModel readModel(CatalogueProperties properties, ResourceLoader resources, CatalogueStore store) {
		return new ReadModel(new CatalogueLoader(new CatalogueReader(resources), store).load(properties.location(),
				properties.publish()));
	}

	@Bean
	@Lazy
	CatalogueRefresher catalogueRefresher(CatalogueStore store, ReadModel readModel, CatalogueProperties properties,
			ApplicationEventPublisher events) {
		return new CatalogueRefresher(store, readModel, properties.pollInterval(), events);
	}

	@Bean
	@Lazy
	CatalogueHealthIndicator catalogueHealthIndicator(ReadModel readModel, CatalogueRefresher refresher) {
		return new CatalogueHealthIndicator(readModel, refresher);
	}

	// The load runs once every other singleton exists, and the web server starts only
	// after the catalogue is in. Never lazy, even when the rest of the context is.
	@Bean
	@Lazy(false)
	SmartInitializingSingleton catalogueLoadedAtStartup(ObjectProvider<ReadModel> readModel,
			ObjectProvider<CatalogueRefresher> refresher) {
		return () -> {
			readModel.getObject();
			refresher.getObject();
		};
	}

}
