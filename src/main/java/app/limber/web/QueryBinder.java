package app.limber.web;

import java.util.List;
import java.util.Set;

/**
 * Builds an endpoint's query record from the query string, with its parameters declared
 * once ({@link QueryParameter}): {@link QueryResolver} hands the record to the
 * controller, and the API documentation lists the same parameters. A feature package
 * declares one as a bean for each query record its controllers take.
 *
 * @param <T> the query record
 */
public interface QueryBinder<T> {

	/**
	 * The query record this binder builds.
	 * @return its class
	 */
	Class<T> type();

	/**
	 * The parameters it reads, in the order the documentation lists them.
	 * @param pathVariables the variables of the mapping's path, such as {@code goal}
	 * @return the parameters
	 */
	List<QueryParameter> parameters(Set<String> pathVariables);

	/**
	 * Reads and checks a request's parameters.
	 * @param query the query string
	 * @param pathVariables the variables of the mapping's path
	 * @return the query record
	 * @throws app.limber.problem.BadParameterException naming a parameter at fault
	 */
	T bind(QueryString query, Set<String> pathVariables);

}
