/**
 * Errors as RFC 9457 problem details. {@link app.limber.problem.Problems} is the single
 * list of problem types; features throw {@link app.limber.problem.BadParameterException}
 * or {@link app.limber.problem.NotFoundException} and
 * {@link app.limber.problem.ApiExceptionHandler} renders them, and every error Spring MVC
 * raises, as a problem. Errors no handler saw (an unknown path, a failure in a filter) go
 * through {@link app.limber.problem.ProblemErrorController}. A new problem type is a new
 * constant in {@code Problems}, a handler method here and a row in README's error table.
 */
package app.limber.problem;
