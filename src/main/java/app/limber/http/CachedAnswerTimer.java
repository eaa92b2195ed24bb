package app.limber.http;

/**
 * Times the answers {@link CachedAnswerValve} sends from the response cache, which never
 * reach the servlet filters that time the others. Present only when metrics are on.
 */
@FunctionalInterface
public interface CachedAnswerTimer {

	/**
	 * Records one answer.
	 * @param method the request method
	 * @param route the route it matched, such as {@code /api/v1/exercises/{slug}}
	 * @param nanos how long it took
	 */
	void record(String method, String route, long nanos);

}
