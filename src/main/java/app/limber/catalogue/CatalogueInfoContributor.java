package app.limber.catalogue;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Shows the loaded catalogue's version and size in {@code /actuator/info}.
 */
@Component
class CatalogueInfoContributor implements InfoContributor {

	private final ObjectProvider<CatalogueVersion> version;

	CatalogueInfoContributor(ObjectProvider<CatalogueVersion> version) {
		this.version = version;
	}

	@Override
	public void contribute(Info.Builder builder) {
		CatalogueVersion loaded = this.version.getObject();
		builder.withDetail("catalogue",
				Map.of("version", loaded.shortHash(), "hash", loaded.hash(), "exercises", loaded.exercises()));
	}

}
