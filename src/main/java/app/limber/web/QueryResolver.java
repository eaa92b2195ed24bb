package app.limber.web;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Hands a controller its query record, built by the record's {@link QueryBinder} straight
 * from the parameter map: no data binder, bean wrapper or validator on the way, which
 * were most of the cost of answering a question that had not been asked before (see
 * {@code src/site/markdown/performance.md}).
 */
final class QueryResolver implements HandlerMethodArgumentResolver {

	private final Supplier<Map<Class<?>, QueryBinder<?>>> binders;

	QueryResolver(Supplier<Map<Class<?>, QueryBinder<?>>> binders) {
		this.binders = binders;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return this.binders.get().containsKey(parameter.getParameterType());
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		QueryBinder<?> binder = this.binders.get().get(parameter.getParameterType());
		return binder.bind(new QueryString(request.getParameterMap()), pathVariables(request));
	}

	@SuppressWarnings("unchecked")
	private static Set<String> pathVariables(NativeWebRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		return (variables instanceof Map<?, ?> map) ? ((Map<String, ?>) map).keySet() : Set.of();
	}

}
