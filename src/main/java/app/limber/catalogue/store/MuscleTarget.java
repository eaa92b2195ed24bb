package app.limber.catalogue.store;

import app.limber.catalogue.wire.MuscleRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A muscle an exercise works, as its primary target or as a secondary one.
 */
@Entity
@Table(name = "muscle_target")
public class MuscleTarget {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "exercise", nullable = false)
	private Exercise exercise;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "muscle", nullable = false)
	private Muscle muscle;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MuscleRole role;

	protected MuscleTarget() {
	}

	MuscleTarget(Exercise exercise, Muscle muscle, MuscleRole role) {
		this.exercise = exercise;
		this.muscle = muscle;
		this.role = role;
	}

	public Exercise getExercise() {
		return this.exercise;
	}

	public Muscle getMuscle() {
		return this.muscle;
	}

	public MuscleRole getRole() {
		return this.role;
	}

}
