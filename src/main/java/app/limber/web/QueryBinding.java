package app.limber.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Binds query objects from the query string (and path) only: since Spring 6.2 a binder
 * also reads request headers, so a header named {@code Size} or {@code Q} would change a
 * search.
 */
@ControllerAdvice
class QueryBinding {

	@InitBinder
	void ignoreHeaders(WebDataBinder binder) {
		if (binder instanceof ExtendedServletRequestDataBinder servlet) {
			servlet.setHeaderPredicate((header) -> false);
		}
	}

}
