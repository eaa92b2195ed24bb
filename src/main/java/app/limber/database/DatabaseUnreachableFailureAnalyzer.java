package app.limber.database;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be reached at start-up (not running, wrong host or port,
 * refused credentials, no such database) into one report naming the database's URL,
 * without its password, instead of a stack trace.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;:]password=)[^&;]*");

	private static final Pattern USER_INFO = Pattern.compile("//([^/@:]+):[^/@]*@");

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		if (!isConnectionFailure(cause)) {
			return null;
		}
		String url = withoutPassword(this.environment.getProperty("spring.datasource.url", "(no URL set)"));
		return new FailureAnalysis("Limber cannot connect to its database at " + url + ": " + reason(cause),
				"Check that the database is running and reachable from here, and that spring.datasource.url, "
						+ "spring.datasource.username and spring.datasource.password are right.",
				cause);
	}

	// A failure to connect, as opposed to a statement that failed once connected.
	private static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
					|| sql.getSQLState().startsWith("28") || sql.getSQLState().equals("3D000"))) {
				return true;
			}
		}
		return false;
	}

	// The driver's words: the deepest SQL exception (the pool only says it timed out).
	private static String reason(Throwable failure) {
		String reason = failure.getMessage();
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException && cause.getMessage() != null) {
				reason = cause.getMessage();
			}
		}
		return reason;
	}

	/**
	 * A JDBC URL with any password in it masked.
	 * @param url the URL
	 * @return the URL without its password
	 */
	static String withoutPassword(String url) {
		String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1******");
		return USER_INFO.matcher(masked).replaceAll("//$1:******@");
	}

}
