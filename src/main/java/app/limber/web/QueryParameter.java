package app.limber.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.UnknownValueException;
import app.limber.catalogue.wire.WireValue;
import app.limber.problem.BadParameterException;
import org.jspecify.annotations.Nullable;

/**
 * One query parameter, declared once: its name, its form, its limits and what the API
 * documentation says of it. Binding reads it with these limits ({@link #whole},
 * {@link #items}, …) and the OpenAPI document describes it from the same declaration, so
 * the two cannot disagree.
 *
 * @param name the parameter's name
 * @param form how it is written
 * @param description what the API documentation says of it
 * @param example a value to show, or {@code null}
 * @param min the least number, for a whole number
 * @param max the greatest number; for a text, the most characters; for a list, the most
 * values
 * @param byDefault the value taken when it is absent, or {@code null}
 * @param allowed the values it takes, where there is a fixed set; else empty
 * @param itemMaxLength the longest item of a list of slugs, or {@code null}
 * @param required whether a request must give it
 */
public record QueryParameter(String name, Form form, String description, @Nullable Object example, int min, int max,
		@Nullable Object byDefault, List<String> allowed, @Nullable Integer itemMaxLength, boolean required) {

	/**
	 * A whole number within limits.
	 * @param name the parameter's name
	 * @param min the least value
	 * @param max the greatest value
	 * @param byDefault the value when absent
	 * @param description what the documentation says of it
	 * @return the declaration
	 */
	public static QueryParameter whole(String name, int min, int max, int byDefault, String description) {
		return new QueryParameter(name, Form.WHOLE, description, null, min, max, byDefault, List.of(), null, false);
	}

	/**
	 * This parameter with an example value for the documentation.
	 * @param example the example
	 * @return the declaration
	 */
	public QueryParameter example(Object example) {
		return new QueryParameter(this.name, this.form, this.description, example, this.min, this.max, this.byDefault,
				this.allowed, this.itemMaxLength, this.required);
	}

	/**
	 * This parameter as another endpoint describes it: the same name, form and limits.
	 * @param description what that endpoint's documentation says of it
	 * @return the declaration
	 */
	public QueryParameter describedAs(String description) {
		return new QueryParameter(this.name, this.form, description, this.example, this.min, this.max, this.byDefault,
				this.allowed, this.itemMaxLength, this.required);
	}

	/**
	 * This parameter with a value taken when it is absent.
	 * @param byDefault the value, as the documentation shows it
	 * @return the declaration
	 */
	public QueryParameter byDefault(Object byDefault) {
		return new QueryParameter(this.name, this.form, this.description, this.example, this.min, this.max, byDefault,
				this.allowed, this.itemMaxLength, this.required);
	}

	/**
	 * This parameter, which a request must give.
	 * @return the declaration
	 */
	public QueryParameter asRequired() {
		return new QueryParameter(this.name, this.form, this.description, this.example, this.min, this.max,
				this.byDefault, this.allowed, this.itemMaxLength, true);
	}

	/**
	 * A calendar date, {@code YYYY-MM-DD}.
	 * @param name the parameter's name
	 * @param description what the documentation says of it
	 * @param example a value to show
	 * @return the declaration
	 */
	public static QueryParameter date(String name, String description, String example) {
		return new QueryParameter(name, Form.DATE, description, example, 0, 10, null, List.of(), null, false);
	}

	/**
	 * A time of day, {@code HH:MM}.
	 * @param name the parameter's name
	 * @param byDefault the time when it is absent
	 * @param description what the documentation says of it
	 * @return the declaration
	 */
	public static QueryParameter time(String name, LocalTime byDefault, String description) {
		return new QueryParameter(name, Form.TIME, description, null, 0, 5, byDefault.toString(), List.of(), null,
				false);
	}

	/**
	 * A text of limited length.
	 * @param name the parameter's name
	 * @param maxLength the most characters
	 * @param description what the documentation says of it
	 * @param example a value to show
	 * @return the declaration
	 */
	public static QueryParameter text(String name, int maxLength, String description, String example) {
		return new QueryParameter(name, Form.TEXT, description, example, 0, maxLength, null, List.of(), null, false);
	}

	/**
	 * A text that is one of a fixed set, checked by its reader.
	 * @param name the parameter's name
	 * @param allowed the values it takes
	 * @param description what the documentation says of it
	 * @param example a value to show
	 * @return the declaration
	 */
	public static QueryParameter choice(String name, List<String> allowed, String description, String example) {
		return new QueryParameter(name, Form.TEXT, description, example, 0, Integer.MAX_VALUE, null,
				List.copyOf(allowed), null, false);
	}

	/**
	 * A repeatable list of values from a fixed set.
	 * @param name the parameter's name
	 * @param allowed the values it takes
	 * @param description what the documentation says of it
	 * @param example a value to show
	 * @return the declaration
	 */
	public static QueryParameter list(String name, List<String> allowed, String description, String example) {
		return new QueryParameter(name, Form.LIST, description, example, 0, Filter.MAX_VALUES, null,
				List.copyOf(allowed), null, false);
	}

	/**
	 * The parameter of a filter.
	 * @param filter the filter
	 * @return the declaration
	 */
	public static QueryParameter of(Filter filter) {
		if (filter.match() == Filter.Match.NONE_WHEN_TRUE) {
			return new QueryParameter(filter.value(), Form.FLAG, filter.description(), null, 0, 1, false, List.of(),
					null, false);
		}
		Class<? extends WireValue> type = filter.type();
		return new QueryParameter(filter.value(), Form.LIST, filter.description(), filter.example(), 0,
				Filter.MAX_VALUES, null, (type != null) ? WireValue.allowed(type) : List.of(),
				(type != null) ? null : Filter.MAX_SLUG, false);
	}

	/**
	 * Reads this whole number.
	 * @param query the query string
	 * @return the number, or the default when absent or blank
	 */
	public int whole(QueryString query) {
		Integer value = query.whole(this.name, this.min, this.max);
		return (value != null) ? value : (Integer) this.byDefault;
	}

	/**
	 * Reads this date.
	 * @param query the query string
	 * @return the date, or {@code null} when absent or blank and not required
	 * @throws app.limber.problem.BadParameterException when it is not a date, or required
	 * and absent
	 */
	public @Nullable LocalDate date(QueryString query) {
		LocalDate date = query.date(this.name);
		if (date == null && this.required) {
			throw missing();
		}
		return date;
	}

	/**
	 * Reads this time of day.
	 * @param query the query string
	 * @return the time, or the default when absent or blank
	 * @throws app.limber.problem.BadParameterException when it is not a time of day
	 */
	public LocalTime time(QueryString query) {
		LocalTime time = query.time(this.name);
		return (time != null) ? time : LocalTime.parse((String) this.byDefault);
	}

	private BadParameterException missing() {
		return new BadParameterException(this.name, "'" + this.name + "' is required. " + this.description, List.of());
	}

	/**
	 * Reads this text.
	 * @param query the query string
	 * @return the text, or {@code null} when absent
	 */
	public @Nullable String text(QueryString query) {
		return query.text(this.name, this.max);
	}

	/**
	 * Reads this on-or-off parameter.
	 * @param query the query string
	 * @return {@code true} when on
	 */
	public boolean flag(QueryString query) {
		return Boolean.TRUE.equals(query.bool(this.name));
	}

	/**
	 * Reads this list: each item one of the allowed values, in any case or by an alias of
	 * an enum's, when there is a fixed set.
	 * @param query the query string
	 * @param type the enum whose values the items are, or {@code null} for free items
	 * @return the items as the contract spells them
	 */
	public List<String> items(QueryString query, @Nullable Class<? extends WireValue> type) {
		List<String> items = query.items(this.name);
		if (items.isEmpty()) {
			return items;
		}
		List<String> values = new ArrayList<>(items.size());
		for (String item : items) {
			if (!item.isEmpty()) {
				values.add((type == null && this.allowed.isEmpty()) ? item : allowedValue(item, type));
			}
		}
		// Counted after each value is read, blank ones too, as the limit is documented.
		if (items.size() > this.max) {
			throw new BadParameterException(this.name, "'" + this.name + "' takes at most " + this.max + " values.",
					List.of());
		}
		return values;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private String allowedValue(String item, @Nullable Class<? extends WireValue> type) {
		if (type != null) {
			try {
				return ((WireValue) WireValue.parse((Class) type, item)).value();
			}
			catch (UnknownValueException ex) {
				throw BadParameterException.notOneOf(this.name, item, this.allowed);
			}
		}
		String lower = item.toLowerCase(java.util.Locale.ROOT);
		if (!this.allowed.contains(lower)) {
			throw BadParameterException.notOneOf(this.name, item, this.allowed);
		}
		return lower;
	}

	/**
	 * How a parameter is written.
	 */
	public enum Form {

		/** A whole number. */
		WHOLE,

		/** A text. */
		TEXT,

		/** One or more values: repeated, or (tolerated) comma-separated. */
		LIST,

		/** {@code true} or {@code false}. */
		FLAG,

		/** A calendar date, {@code YYYY-MM-DD}. */
		DATE,

		/** A time of day, {@code HH:MM}. */
		TIME

	}

}
