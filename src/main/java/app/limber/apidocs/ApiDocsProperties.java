package app.limber.apidocs;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the OpenAPI document says about where Limber runs and who answers for it.
 *
 * @param serverUrl the server URL clients and generated code call; relative ({@code /})
 * by default, so that the document works on whatever host serves it
 * @param contactName who answers for the API
 * @param contactUrl where to reach them, if anywhere
 * @param contactEmail their email address, if any
 * @param licenceName the licence of the API and its content
 * @param licenceIdentifier the licence as an SPDX expression; leave empty when giving
 * {@code licenceUrl} instead (OpenAPI allows one of the two)
 * @param licenceUrl where the licence is written, instead of an identifier
 */
@ConfigurationProperties("limber.api")
public record ApiDocsProperties(@DefaultValue("/") String serverUrl,
		@DefaultValue("Limber maintainers") String contactName, @Nullable String contactUrl,
		@Nullable String contactEmail, @DefaultValue("Limber catalogue licence") String licenceName,
		@DefaultValue("LicenseRef-Limber-Catalogue") @Nullable String licenceIdentifier, @Nullable String licenceUrl) {

}
