package app.limber.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an immutable answer type whose values come from the catalogue alone, such as an
 * exercise's summary: each value's JSON is written once per catalogue, and every answer
 * that holds an equal value copies those bytes ({@link WrittenOnceJson}). A type whose
 * values depend on the request (a page, a routine's step) must not carry it: each would
 * be remembered until the next catalogue.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WrittenOnce {

}
