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
 * Loads the catalogue into the database while the application context starts, then builds
 * the read model from the database, so that a server that answers requests always has the
 * whole catalogue, and an invalid one stops start-up.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

	@Bean
	@Lazy
	ReadModel readModel(CatalogueProperties properties, ResourceLoader resources, EntityManager entityManager,
			PlatformTransactionManager transactionManager) {
		CatalogueLoader loader = new CatalogueLoader(new CatalogueReader(resources), entityManager,
				new TransactionTemplate(transactionManager));
		CatalogueVersion version = loader.load(properties.location());
		TransactionTemplate reading = new TransactionTemplate(transactionManager);
		reading.setReadOnly(true);
		return new ReadModel(
				reading.execute((status) -> CatalogueAssembler.assemble(version, StoredCatalogue.read(entityManager))));
	}

	// The load runs once every other singleton exists, and the web server starts only
	// after the catalogue is in. Never lazy, even when the rest of the context is.
	@Bean
	@Lazy(false)
	SmartInitializingSingleton catalogueLoadedAtStartup(ObjectProvider<ReadModel> readModel) {
		return readModel::getObject;
	}

}
