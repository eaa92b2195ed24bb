package app.limber.catalogue.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid catalogue into a start-up report that lists every problem, instead of
 * a stack trace.
 */
class InvalidCatalogueFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogueException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogueException cause) {
		return new FailureAnalysis(cause.getMessage(), "Fix the entries listed above in the seed files at "
				+ cause.getLocation() + ", or point limber.catalogue.location at a valid catalogue.", cause);
	}

}
