package app.limber.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an immutable answer type whose values' JSON is written once and copied wherever
 * the value appears again ({@link WrittenOnceJson}).
 * <ul>
 * <li>{@link Per#CATALOGUE} (the default): values that come from the catalogue alone,
 * such as an exercise's summary, are remembered by equality until another catalogue is
 * served. A type whose values depend on the request (a page, a routine's step) must not
 * be marked so: each would be remembered until the next catalogue.</li>
 * <li>{@link Per#ANSWER}: values made for one answer that repeat within it, such as a
 * programme's sessions, are remembered by identity while that answer is written.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WrittenOnce {

	/**
	 * How long a value's JSON is remembered.
	 * @return the span, by default the catalogue being served
	 */
	Per value() default Per.CATALOGUE;

	/**
	 * How long a value's JSON is remembered.
	 */
	enum Per {

		/**
		 * Until another catalogue version is served; values are matched by equality.
		 */
		CATALOGUE,

		/**
		 * While one answer is written; values are matched by identity.
		 */
		ANSWER

	}

}
