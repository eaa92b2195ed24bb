package app.limber.catalogue.model;

import app.limber.catalogue.wire.Severity;

import java.util.Comparator;
import java.util.List;

/**
 * Safety guidance as the read model holds it.
 *
 * @param slug its public id
 * @param title a short title
 * @param severity how seriously to take it
 * @param text the guidance
 * @param general whether it applies to every exercise
 * @param sources the slugs of the articles it comes from
 */
public record CautionEntry(String slug, String title, Severity severity, String text, boolean general,
		List<String> sources) {

	// Severity declares info, warning, stop: the most serious is the last.
	private static final Comparator<CautionEntry> SEVERITY = Comparator.comparing(CautionEntry::severity).reversed();

	/** Stop first, then warning, then info; by slug within a severity. */
	public static final Comparator<CautionEntry> MOST_SERIOUS_FIRST = SEVERITY.thenComparing(CautionEntry::slug);

	/** Most serious first; general guidance before exercise-specific; then by slug. */
	public static final Comparator<CautionEntry> LIST_ORDER = SEVERITY
		.thenComparing((CautionEntry caution) -> !caution.general())
		.thenComparing(CautionEntry::slug);

}
