package app.limber.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.WireValue;
import app.limber.problem.BadParameterException;
import app.limber.problem.PrintableInput;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the catalogue's filters ({@link Filter}), for every endpoint
 * that takes them: read into an {@link ExerciseFilter}, written back into links, and
 * listed for the API documentation.
 */
public final class FilterParameters {

	private static final List<String> ON = List.of(Filter.TRUE);

	private static final String AVOID = "avoid-";

	// Each filter's parameter, declared once from the filter.
	private static final Map<Filter, QueryParameter> PARAMETERS = new EnumMap<>(Filter.class);

	static {
		for (Filter filter : Filter.values()) {
			PARAMETERS.put(filter, QueryParameter.of(filter));
		}
	}

	private FilterParameters() {
	}

	/**
	 * The parameters of some filters.
	 * @param filters the filters an endpoint takes
	 * @return their parameters, in the same order
	 */
	public static List<QueryParameter> of(List<Filter> filters) {
		List<QueryParameter> parameters = new ArrayList<>(filters.size());
		for (Filter filter : filters) {
			parameters.add(PARAMETERS.get(filter));
		}
		return parameters;
	}

	/**
	 * Reads the filters an endpoint takes.
	 * @param query the query string
	 * @param filters the filters the endpoint takes
	 * @param search the search text, or {@code null}
	 * @return the filter
	 * @throws app.limber.problem.BadParameterException for an unknown value or too many
	 */
	public static ExerciseFilter read(QueryString query, List<Filter> filters, @Nullable String search) {
		Map<Filter, List<String>> values = new EnumMap<>(Filter.class);
		for (Filter declared : filters) {
			QueryParameter parameter = PARAMETERS.get(declared);
			if (parameter.form() == QueryParameter.Form.FLAG) {
				if (parameter.flag(query)) {
					values.put(declared, ON);
				}
			}
			else if (query.has(parameter.name())) {
				values.put(declared, parameter.items(query, declared.type()));
			}
		}
		return ExerciseFilter.of(values, search);
	}

	/**
	 * Checks that every slug a filter names is one of the catalogue's.
	 * @param catalogue the catalogue being served
	 * @param filter the filter read from the query string
	 * @throws app.limber.problem.BadParameterException naming the first unknown slug and
	 * listing the known ones
	 */
	public static void checkSlugs(Catalogue catalogue, ExerciseFilter filter) {
		for (Filter given : filter.given()) {
			if (given.type() != null || given.match() == Filter.Match.NONE_WHEN_TRUE) {
				continue;
			}
			List<String> slugs = catalogue.slugs(given);
			// What the slugs name: avoid-exercise takes the slugs exercise does.
			String entry = given.value().startsWith(AVOID) ? given.value().substring(AVOID.length()) : given.value();
			for (String slug : filter.values(given)) {
				if (!slugs.contains(slug)) {
					throw new BadParameterException(given.value(),
							"'" + PrintableInput.of(slug) + "' is not "
									+ ("aeiou".indexOf(entry.charAt(0)) >= 0 ? "an " : "a ") + entry
									+ " slug: use one of those listed in 'allowed' (see /api/v1/" + entry + "s).",
							slugs.stream().sorted().toList());
				}
			}
		}
	}

	/**
	 * Writes the filters given as a link's query parameters, in a fixed order and in the
	 * form the OpenAPI document declares: the filters in declaration order, each value
	 * once as a repeated parameter, an enum's in the contract's order and slugs in
	 * alphabetical order, so that equal filters give equal links.
	 * @param query the link's query string so far
	 * @param filter the filters
	 * @param except a filter to leave out (one given by the path), or {@code null}
	 */
	public static void appendTo(StringBuilder query, ExerciseFilter filter, @Nullable Filter except) {
		for (Filter given : filter.given()) {
			if (given != except) {
				for (String value : inContractOrder(filter, given)) {
					query.append(given.value()).append('=').append(encode(value)).append('&');
				}
			}
		}
	}

	/**
	 * One filter's values in a fixed order: an enum's in the contract's order, slugs in
	 * alphabetical order.
	 * @param given the filters
	 * @param filter the filter
	 * @return its values, empty when it is not given
	 */
	public static List<String> inContractOrder(ExerciseFilter given, Filter filter) {
		Set<String> values = given.values(filter);
		if (values.size() == 1) {
			return List.copyOf(values);
		}
		List<String> ordered = new ArrayList<>(values.size());
		if (filter.type() != null) {
			for (String value : WireValue.allowed(filter.type())) {
				if (values.contains(value)) {
					ordered.add(value);
				}
			}
		}
		else {
			ordered.addAll(values);
			ordered.sort(null);
		}
		return ordered;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
