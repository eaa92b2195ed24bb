package app.limber.web;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A busy endpoint's plain questions, answered by {@link DirectAnswerFilter} before Spring
 * MVC's dispatch: by calling the endpoint's own controller method with the parameters
 * Spring MVC would bind and validate, for the same answer in less than half the time. The
 * controller stays the one declaration of the endpoint (its parameters, their
 * constraints, its documentation and its problems): a route reads only what
 * {@link PlainQuery} reads, validates with the controller's own constraints, and leaves
 * every other request to Spring MVC by binding nothing. Whether a route gives the very
 * answer Spring MVC gives is what {@code DirectAnswerTests} checks.
 */
public interface DirectRoute {

	/**
	 * The path this route answers, exactly as requested (no trailing slash, no path
	 * variables).
	 * @return the path, such as {@code /api/v1/exercises}
	 */
	String path();

	/**
	 * Reads a plain question, each parameter the endpoint takes once, and checks it with
	 * the controller's constraints. A question with a parameter left unread goes to
	 * Spring MVC before it is answered.
	 * @param query the request's query string
	 * @return the call of the controller method that answers it, or {@code null} for
	 * Spring MVC to answer, as it does any request a constraint refuses; a
	 * {@link PlainQuery} that is not plain, or an {@code ErrorResponseException} from the
	 * controller, hands the request over too
	 */
	@Nullable Supplier<Object> bind(PlainQuery query);

}
