package app.limber.metrics;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Micrometer's auto-configurations out unless {@code limber.metrics.enabled=true}:
 * no meter registry, no JVM, Tomcat, pool or HTTP meters, no observation filter in front
 * of every request. Registered in {@code META-INF/spring.factories}. With Spring AOT the
 * choice is made when the application is built (metrics off): run without
 * {@code -Dspring.aot.enabled=true} to turn them on.
 */
public class MetricsSwitch implements AutoConfigurationImportFilter, EnvironmentAware {

	/** The setting that turns metrics on. */
	public static final String ENABLED = "limber.metrics.enabled";

	private boolean enabled;

	@Override
	public void setEnvironment(Environment environment) {
		this.enabled = environment.getProperty(ENABLED, Boolean.class, false);
	}

	@Override
	public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		for (int i = 0; i < autoConfigurationClasses.length; i++) {
			matches[i] = this.enabled || !isMetrics(autoConfigurationClasses[i]);
		}
		return matches;
	}

	static boolean isMetrics(String autoConfiguration) {
		return autoConfiguration != null
				&& (autoConfiguration.contains(".micrometer.") || autoConfiguration.endsWith("MetricsAutoConfiguration")
						|| autoConfiguration.endsWith("ObservationAutoConfiguration"));
	}

}
