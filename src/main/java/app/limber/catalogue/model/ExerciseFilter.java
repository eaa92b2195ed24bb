package app.limber.catalogue.model;

import app.limber.catalogue.wire.WireValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which exercises a question is about: for each {@link Filter} given, its values, and the
 * search text. Filters combine with AND, the values of one filter as its
 * {@link Filter.Match} says. Built step by step:
 * {@code ExerciseFilter.NONE.with(Filter.GOAL, "stretch").with(Filter.POSITION, "standing")}.
 */
public final class ExerciseFilter {

	/** No filter at all: the whole catalogue. */
	public static final ExerciseFilter NONE = new ExerciseFilter(new EnumMap<>(Filter.class), null);

	// Only filters with values: a filter without any is left out.
	private final Map<Filter, Set<String>> values;

	private final @Nullable String query;

	private ExerciseFilter(Map<Filter, Set<String>> values, @Nullable String query) {
		this.values = values;
		this.query = query;
	}

	/**
	 * A filter made at once, as a query string is read.
	 * @param values for each filter given, its values as the filter takes them; a filter
	 * without any is left out
	 * @param query what a person typed into the search box; blank for none
	 * @return the filter
	 */
	public static ExerciseFilter of(Map<Filter, ? extends Collection<String>> values, @Nullable String query) {
		Map<Filter, Set<String>> copy = new EnumMap<>(Filter.class);
		values.forEach((filter, given) -> {
			if (!given.isEmpty()) {
				copy.put(filter, Collections.unmodifiableSet(new LinkedHashSet<>(given)));
			}
		});
		return new ExerciseFilter(copy, (query == null || query.isBlank()) ? null : query);
	}

	/**
	 * This filter and one more.
	 * @param filter the filter
	 * @param values its values, as the filter takes them; none leaves the filter out
	 * @return the new filter
	 */
	public ExerciseFilter with(Filter filter, Collection<String> values) {
		Map<Filter, Set<String>> copy = copy();
		if (values.isEmpty()) {
			copy.remove(filter);
		}
		else {
			copy.put(filter, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
		}
		return new ExerciseFilter(copy, this.query);
	}

	/**
	 * This filter and one more.
	 * @param filter the filter
	 * @param values its values, as the filter takes them
	 * @return the new filter
	 */
	public ExerciseFilter with(Filter filter, String... values) {
		return with(filter, List.of(values));
	}

	/**
	 * This filter and one more, of enum values.
	 * @param filter the filter
	 * @param values its values
	 * @return the new filter
	 */
	public ExerciseFilter with(Filter filter, WireValue... values) {
		List<String> wire = new ArrayList<>(values.length);
		for (WireValue value : values) {
			wire.add(value.value());
		}
		return with(filter, wire);
	}

	/**
	 * This filter with a search text.
	 * @param query what a person typed into the search box; blank for none
	 * @return the new filter
	 */
	public ExerciseFilter searching(@Nullable String query) {
		return new ExerciseFilter(copy(), (query == null || query.isBlank()) ? null : query);
	}

	/**
	 * This filter without one of its filters.
	 * @param filter the filter to leave out
	 * @return the new filter
	 */
	public ExerciseFilter without(Filter filter) {
		return with(filter, List.of());
	}

	/**
	 * The values of one filter.
	 * @param filter the filter
	 * @return its values, in the order given, empty when it is left out
	 */
	public Set<String> values(Filter filter) {
		Set<String> values = this.values.get(filter);
		return (values != null) ? values : Set.of();
	}

	/**
	 * The values of one filter as enum constants.
	 * @param <E> the filter's value type
	 * @param filter the filter
	 * @param type the filter's value type
	 * @return the values, in the order given
	 */
	public <E extends Enum<E> & WireValue> List<E> values(Filter filter, Class<E> type) {
		List<E> constants = new ArrayList<>();
		for (String value : values(filter)) {
			constants.add(WireValue.parse(type, value));
		}
		return constants;
	}

	/**
	 * Whether a filter is given.
	 * @param filter the filter
	 * @return {@code true} when it has values
	 */
	public boolean has(Filter filter) {
		return this.values.containsKey(filter);
	}

	/**
	 * The filters given, in declaration order.
	 * @return the filters with values
	 */
	public Set<Filter> given() {
		return Collections.unmodifiableSet(this.values.keySet());
	}

	/**
	 * The search text.
	 * @return what a person typed into the search box, or {@code null}
	 */
	public @Nullable String query() {
		return this.query;
	}

	private Map<Filter, Set<String>> copy() {
		return this.values.isEmpty() ? new EnumMap<>(Filter.class) : new EnumMap<>(this.values);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ExerciseFilter that) && this.values.equals(that.values)
				&& java.util.Objects.equals(this.query, that.query);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode() * 31 + ((this.query != null) ? this.query.hashCode() : 0);
	}

	@Override
	public String toString() {
		return "ExerciseFilter" + this.values + ((this.query != null) ? " q=" + this.query : "");
	}

}
