package app.limber.web;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.wire.WireValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC settings shared by every endpoint.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final Validator NO_BEAN_VALIDATION = new Validator() {

		@Override
		public boolean supports(Class<?> type) {
			return false;
		}

		@Override
		public void validate(Object target, Errors errors) {
		}

	};

	private final ObjectProvider<QueryBinder<?>> binders;

	WebConfiguration(ObjectProvider<QueryBinder<?>> binders) {
		this.binders = binders;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new WireValueConverterFactory());
	}

	// Every query is read and checked by its QueryBinder, and nothing takes a body.
	// Without a validator of its own, Spring MVC would start a Bean Validation provider
	// (Hibernate Validator, which springdoc needs on the class path) that no request
	// uses. ArchitectureTests keeps constraints and @RequestParam out of the code.
	@Override
	public Validator getValidator() {
		return NO_BEAN_VALIDATION;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueryResolver(SingletonSupplier.of(() -> this.binders.orderedStream()
			.collect(Collectors.toUnmodifiableMap(QueryBinder::type, Function.identity())))));
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
	 * Asks the controllers' handler mapping before the actuator's. The actuator's comes
	 * first by default, and for an API request it matches every one of its patterns in
	 * vain: about a twentieth of a new question's CPU. Its own paths are still found, as
	 * no controller maps {@code /actuator}.
	 * @return the post-processor
	 */
	@Bean
	static BeanPostProcessor controllersBeforeActuator() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractWebMvcEndpointHandlerMapping actuator) {
					actuator.setOrder(1);
				}
				return bean;
			}

		};
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
