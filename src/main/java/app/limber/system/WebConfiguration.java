package app.limber.system;

import app.limber.catalogue.WireValue;
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
