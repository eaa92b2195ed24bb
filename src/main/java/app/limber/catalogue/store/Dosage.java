package app.limber.catalogue.store;

import app.limber.catalogue.model.DosageEntry;
import app.limber.catalogue.model.Range;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * How much of an exercise one article prescribes. Every number is optional: an article
 * that gives none leaves it empty, and ranges ("10-15 reps") keep both ends.
 */
@Embeddable
public class Dosage {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source", nullable = false)
	private Source source;

	private Integer setsMin;

	private Integer setsMax;

	private Integer repsMin;

	private Integer repsMax;

	private Integer holdSecondsMin;

	private Integer holdSecondsMax;

	private Integer restSeconds;

	@Column(length = 120)
	private String frequency;

	protected Dosage() {
	}

	public Dosage(Source source, Range sets, Range reps, Range holdSeconds, Integer restSeconds, String frequency) {
		this.source = source;
		this.setsMin = (sets != null) ? sets.min() : null;
		this.setsMax = (sets != null) ? sets.max() : null;
		this.repsMin = (reps != null) ? reps.min() : null;
		this.repsMax = (reps != null) ? reps.max() : null;
		this.holdSecondsMin = (holdSeconds != null) ? holdSeconds.min() : null;
		this.holdSecondsMax = (holdSeconds != null) ? holdSeconds.max() : null;
		this.restSeconds = restSeconds;
		this.frequency = frequency;
	}

	public Source getSource() {
		return this.source;
	}

	public Range getSets() {
		return Range.of(this.setsMin, this.setsMax);
	}

	public Range getReps() {
		return Range.of(this.repsMin, this.repsMax);
	}

	public Range getHoldSeconds() {
		return Range.of(this.holdSecondsMin, this.holdSecondsMax);
	}

	public Integer getRestSeconds() {
		return this.restSeconds;
	}

	public String getFrequency() {
		return this.frequency;
	}

	/**
	 * Estimates how long this dosage takes at the top of its ranges: every repetition's
	 * hold plus {@value DosageEntry#SECONDS_PER_REPETITION} seconds of movement, on each
	 * side when the exercise is one-sided, and the rest between sets.
	 * @param perSide whether the exercise is done on each side in turn
	 * @return the estimate in seconds, or {@code null} when the article gives neither
	 * repetitions nor a hold
	 */
	public Integer estimatedSeconds(boolean perSide) {
		if (this.repsMax == null && this.holdSecondsMax == null) {
			return null;
		}
		return DosageEntry.seconds((this.setsMax != null) ? this.setsMax : 1, perSide ? 2 : 1,
				(this.repsMax != null) ? this.repsMax : 1, this.holdSecondsMax, this.restSeconds);
	}

}
