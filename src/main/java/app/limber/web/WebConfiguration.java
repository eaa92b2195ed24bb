package app.limber.web;

import java.lang.annotation.ElementType;

import app.limber.catalogue.ReadModel;
import app.limber.catalogue.WireValue;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC settings shared by every endpoint.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new WireValueConverterFactory());
	}

	/**
	 * Each catalogue-lived value's JSON written once ({@link WrittenOnce}).
	 * @param readModel the catalogue being served
	 * @return the Jackson module
	 */
	@Bean
	static WrittenOnceJson writtenOnceJson(ObjectProvider<ReadModel> readModel) {
		return new WrittenOnceJson(readModel::getObject);
	}

	/**
	 * Query objects are plain values, never JPA entities, so every property is reachable:
	 * without this, Hibernate Validator asks JPA whether each constrained property is
	 * loaded, which measured about half of validating a query (README, "Performance").
	 * @return the customizer
	 */
	@Bean
	static ValidationConfigurationCustomizer everyPropertyReachable() {
		return (configuration) -> configuration.traversableResolver(new TraversableResolver() {

			@Override
			public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
					ElementType elementType) {
				return true;
			}

			@Override
			public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
					ElementType elementType) {
				return true;
			}

		});
	}

	/**
	 * Reads query parameters into {@link WireValue} enums, ignoring case and accepting
	 * aliases; a blank value means the parameter was not given.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class WireValueConverterFactory implements ConverterFactory<String, WireValue> {

		@Override
		public <T extends WireValue> Converter<String, T> getConverter(Class<T> targetType) {
			return (source) -> source.isBlank() ? null : (T) WireValue.parse((Class) targetType, source);
		}

	}

}
