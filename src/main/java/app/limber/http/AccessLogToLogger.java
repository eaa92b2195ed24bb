package app.limber.http;

import java.io.CharArrayWriter;

import org.apache.catalina.valves.AbstractAccessLogValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's access log, with its lines written to the {@code limber.access} logger rather
 * than to a file of Tomcat's own. Tomcat formats each line from its pattern and logs
 * every request, whichever part of the edge answered it (a cached answer, Spring MVC, or
 * Tomcat refusing a request itself); Limber's logging then sends the line wherever the
 * rest of the log goes, as JSON when structured logging is on. Tomcat's
 * {@code AccessLogValve} pointed at {@code /dev/stdout} would open standard output a
 * second time, and its lines would overwrite the application's when that is redirected to
 * a file.
 */
class AccessLogToLogger extends AbstractAccessLogValve {

	private static final Logger logger = LoggerFactory.getLogger("limber.access");

	/**
	 * An access log in the given pattern.
	 * @param pattern Tomcat's access log pattern
	 * ({@code server.tomcat.accesslog.pattern})
	 */
	AccessLogToLogger(String pattern) {
		setPattern(pattern);
	}

	@Override
	protected void log(CharArrayWriter message) {
		logger.info(message.toString());
	}

}
