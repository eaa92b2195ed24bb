package app.limber.catalogue.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * An exercise one article ties to a cause, and why.
 */
@Embeddable
public class CauseLink {

	// The exercise's slug, its foreign key checked by the database (db/migration V3): the
	// import has let every exercise go from the persistence context by the time causes
	// are written, and the read model resolves the slug itself.
	@Column(nullable = false, length = 60)
	private String exercise;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source", nullable = false)
	private Source source;

	@Column(nullable = false, length = 300)
	private String reason;

	@Column(nullable = false)
	private boolean implied;

	protected CauseLink() {
	}

	public CauseLink(String exercise, Source source, String reason, boolean implied) {
		this.exercise = exercise;
		this.source = source;
		this.reason = reason;
		this.implied = implied;
	}

	public String getExercise() {
		return this.exercise;
	}

	public Source getSource() {
		return this.source;
	}

	public String getReason() {
		return this.reason;
	}

	/**
	 * Whether the article implies the link rather than saying it.
	 * @return {@code true} for a link the article clearly implies
	 */
	public boolean isImplied() {
		return this.implied;
	}

}
