package app.limber.catalogue;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Shows the loaded catalogue's version and size in {@code /actuator/info}.
 */
@Component
class CatalogueInfoContributor implements InfoContributor {

	private final CatalogueVersion version;

	CatalogueInfoContributor(CatalogueVersion version) {
		this.version = version;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("catalogue", Map.of("version", this.version.shortHash(), "hash", this.version.hash(),
				"exercises", this.version.exercises()));
	}

}
