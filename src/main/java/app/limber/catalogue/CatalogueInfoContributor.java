package app.limber.catalogue;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CatalogueVersion;
import app.limber.catalogue.model.ReadModel;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Shows the catalogue being served, its version and size, in {@code /actuator/info}.
 */
@Component
class CatalogueInfoContributor implements InfoContributor {

	private final ObjectProvider<ReadModel> readModel;

	CatalogueInfoContributor(ObjectProvider<ReadModel> readModel) {
		this.readModel = readModel;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Catalogue catalogue = this.readModel.getObject().current();
		CatalogueVersion version = catalogue.version();
		builder.withDetail("catalogue", Map.of("version", version.shortHash(), "hash", version.hash(), "exercises",
				catalogue.exercises().size()));
	}

}
