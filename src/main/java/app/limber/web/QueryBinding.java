package app.limber.web;

import java.util.List;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Binds query objects from the query string only. Spring MVC's default binder also reads
 * path variables and (since Spring 6.2) request headers into them: a header named
 * {@code Size} or {@code Q} would change a search, and the {@code {goal}} of
 * {@code /goals/{goal}/exercises} would land in a query object's {@code goal}, which that
 * route refuses.
 */
@Component
class QueryBinding implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new QueryStringAdapter();
	}

	private static final class QueryStringAdapter extends RequestMappingHandlerAdapter {

		@Override
		protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
			return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

				@Override
				protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
						NativeWebRequest request) {
					return new ServletRequestDataBinder(target, objectName);
				}

			};
		}

	}

}
