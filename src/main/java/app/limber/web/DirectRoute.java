package app.limber.web;

import org.jspecify.annotations.Nullable;

/**
 * A busy endpoint's plain questions, answered by {@link DirectAnswerFilter} before Spring
 * MVC's dispatch: by calling the endpoint's own controller method with the parameters
 * Spring MVC would bind and validate, for the same answer in less than half the time. The
 * controller stays the one declaration of the endpoint (its parameters, their
 * constraints, its documentation and its problems): a route reads only what
 * {@link PlainQuery} reads, validates with the controller's own constraints, and leaves
 * every other request to Spring MVC by answering {@code null}. Whether a route gives the
 * very answer Spring MVC gives is what {@code DirectAnswerTests} checks.
 */
public interface DirectRoute {

	/**
	 * The path this route answers, exactly as requested (no trailing slash, no path
	 * variables).
	 * @return the path, such as {@code /api/v1/exercises}
	 */
	String path();

	/**
	 * Answers a plain question, reading each parameter the endpoint takes once: a
	 * question with a parameter left unread goes to Spring MVC.
	 * @param query the request's query string
	 * @return the answer's body, or {@code null} for Spring MVC to answer, as it does any
	 * request a constraint refuses; a {@link PlainQuery} that is not plain, or an
	 * {@code ErrorResponseException} from the controller, hands the request over too
	 */
	@Nullable Object answer(PlainQuery query);

}
