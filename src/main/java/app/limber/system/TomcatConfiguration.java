package app.limber.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets requests that Tomcat would reject before Limber sees them reach Limber instead, so
 * that they get a problem response rather than Tomcat's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheApplication() {
		// An encoded slash in a slug (a%2Fb) is one path segment: not found, not a 400
		// page from the connector.
		return (connector) -> connector.setEncodedSolidusHandling("passthrough");
	}

}
