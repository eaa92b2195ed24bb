package app.limber.catalogue.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.MuscleRole;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.wire.Technique;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stretch or exercise from the catalogue, with everything needed to do it safely.
 */
@Entity
public class Exercise {

	@Id
	@Column(length = 60)
	private String slug;

	@Column(nullable = false)
	private String name;

	// Lists of values read and written only with their exercise are kept in its row, as
	// SQL arrays (db/migration V2), not as rows of their own.
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> aliases = new ArrayList<>();

	@Column(nullable = false, length = 2000)
	private String summary;

	@Column(nullable = false, length = 2000)
	private String whyItHelps;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Set<Goal> goals = EnumSet.noneOf(Goal.class);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Position position;

	@Column(nullable = false)
	private boolean onFloor;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);

	// Ordinal on purpose: sorting by difficulty must follow beginner < intermediate <
	// advanced.
	@Enumerated(EnumType.ORDINAL)
	@Column(nullable = false)
	private Difficulty difficulty;

	@Column(nullable = false)
	private boolean perSide;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Technique technique;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, length = 2000)
	private List<String> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "exercise_dosage", joinColumns = @JoinColumn(name = "exercise"))
	@OrderColumn(name = "ordinal")
	private List<Dosage> dosages = new ArrayList<>();

	private Integer estimatedDurationSeconds;

	@OneToMany(mappedBy = "exercise", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("role ASC, id ASC")
	private List<MuscleTarget> muscles = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "exercise_caution", joinColumns = @JoinColumn(name = "exercise"),
			inverseJoinColumns = @JoinColumn(name = "caution"))
	@OrderColumn(name = "ordinal")
	private List<Caution> cautions = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "exercise_easier", joinColumns = @JoinColumn(name = "exercise"),
			inverseJoinColumns = @JoinColumn(name = "variation"))
	@OrderColumn(name = "ordinal")
	private List<Exercise> easier = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "exercise_harder", joinColumns = @JoinColumn(name = "exercise"),
			inverseJoinColumns = @JoinColumn(name = "variation"))
	@OrderColumn(name = "ordinal")
	private List<Exercise> harder = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "exercise_alternative", joinColumns = @JoinColumn(name = "exercise"),
			inverseJoinColumns = @JoinColumn(name = "variation"))
	@OrderColumn(name = "ordinal")
	private List<Exercise> alternatives = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "exercise_source", joinColumns = @JoinColumn(name = "exercise"),
			inverseJoinColumns = @JoinColumn(name = "source"))
	@OrderColumn(name = "ordinal")
	private List<Source> sources = new ArrayList<>();

	protected Exercise() {
	}

	/**
	 * Creates an exercise from its description; muscles, cautions, sources and variations
	 * are attached afterwards.
	 * @param description what the article says about the exercise
	 */
	public Exercise(Description description) {
		this.slug = description.slug();
		this.name = description.name();
		this.aliases = new ArrayList<>(description.aliases());
		this.summary = description.summary();
		this.whyItHelps = description.whyItHelps();
		this.goals = copyOf(description.goals(), Goal.class);
		this.position = description.position();
		this.onFloor = description.onFloor();
		this.equipment = copyOf(description.equipment(), Equipment.class);
		this.difficulty = description.difficulty();
		this.perSide = description.perSide();
		this.technique = description.technique();
		this.steps = new ArrayList<>(description.steps());
	}

	private static <E extends Enum<E>> Set<E> copyOf(Collection<E> values, Class<E> type) {
		Set<E> copy = EnumSet.noneOf(type);
		copy.addAll(values);
		return copy;
	}

	/**
	 * Sets the dosages the articles give, the most complete first, and estimates the
	 * duration from the first one.
	 * @param dosages the dosages, possibly none
	 */
	public void prescribe(List<Dosage> dosages) {
		this.dosages = new ArrayList<>(dosages);
		this.estimatedDurationSeconds = dosages.isEmpty() ? null : dosages.get(0).estimatedSeconds(this.perSide);
	}

	public void target(Muscle muscle, MuscleRole role) {
		this.muscles.add(new MuscleTarget(this, muscle, role));
	}

	public void caution(List<Caution> cautions) {
		this.cautions = new ArrayList<>(cautions);
	}

	public void citedIn(List<Source> sources) {
		this.sources = new ArrayList<>(sources);
	}

	public void vary(List<Exercise> easier, List<Exercise> harder, List<Exercise> alternatives) {
		this.easier = new ArrayList<>(easier);
		this.harder = new ArrayList<>(harder);
		this.alternatives = new ArrayList<>(alternatives);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getWhyItHelps() {
		return this.whyItHelps;
	}

	public Set<Goal> getGoals() {
		return this.goals;
	}

	public Position getPosition() {
		return this.position;
	}

	public boolean isOnFloor() {
		return this.onFloor;
	}

	public Set<Equipment> getEquipment() {
		return this.equipment;
	}

	public Difficulty getDifficulty() {
		return this.difficulty;
	}

	public boolean isPerSide() {
		return this.perSide;
	}

	public Technique getTechnique() {
		return this.technique;
	}

	public List<String> getSteps() {
		return this.steps;
	}

	public List<Dosage> getDosages() {
		return this.dosages;
	}

	public Integer getEstimatedDurationSeconds() {
		return this.estimatedDurationSeconds;
	}

	public List<MuscleTarget> getMuscles() {
		return this.muscles;
	}

	public List<Caution> getCautions() {
		return this.cautions;
	}

	public List<Exercise> getEasier() {
		return this.easier;
	}

	public List<Exercise> getHarder() {
		return this.harder;
	}

	public List<Exercise> getAlternatives() {
		return this.alternatives;
	}

	public List<Source> getSources() {
		return this.sources;
	}

	/**
	 * The plain facts of an exercise, as a seed file describes them.
	 *
	 * @param slug the public id
	 * @param name the name
	 * @param aliases other names the articles use
	 * @param summary one sentence for a list
	 * @param whyItHelps why the articles recommend it
	 * @param goals what it is for
	 * @param position the body position
	 * @param onFloor whether it needs getting down onto the floor
	 * @param equipment what it needs, {@code none} for bodyweight only
	 * @param difficulty how demanding it is
	 * @param perSide whether it is done on each side in turn
	 * @param steps the ordered instructions
	 * @param technique how it works on the body
	 */
	public record Description(String slug, String name, List<String> aliases, String summary, String whyItHelps,
			Set<Goal> goals, Position position, boolean onFloor, Set<Equipment> equipment, Difficulty difficulty,
			boolean perSide, List<String> steps, Technique technique) {
	}

}
