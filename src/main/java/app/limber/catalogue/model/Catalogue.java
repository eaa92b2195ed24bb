package app.limber.catalogue.model;

import app.limber.catalogue.wire.Goal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.limber.search.Suggester;

/**
 * One version of the catalogue, read-only and indexed in memory: every read endpoint
 * answers from it without touching the database. Built as a whole from the store by
 * {@code store.CatalogueAssembler} and replaced as a whole (see {@link ReadModel}), so an
 * answer never mixes two versions.
 */
public final class Catalogue {

	/** What a search box suggests: exercises and muscles. */
	public static final String EXERCISE = "exercise";

	public static final String MUSCLE = "muscle";

	private final CatalogueVersion version;

	private final List<ExerciseEntry> exercises;

	private final Map<String, ExerciseEntry> exercisesBySlug;

	private final List<MuscleEntry> muscles;

	private final Map<String, MuscleEntry> musclesBySlug;

	private final List<CautionEntry> cautions;

	private final Map<String, CautionEntry> cautionsBySlug;

	private final List<CautionEntry> generalCautions;

	private final List<SourceEntry> sources;

	// For each filter of the catalogue's own slugs, those slugs in list order.
	private final Map<Filter, List<String>> slugs;

	private final List<CauseEntry> causes;

	private final Map<String, CauseEntry> causesBySlug;

	// For each exercise's slug, the causes an article ties it to, by name.
	private final Map<String, List<CauseEntry>> causesByExercise;

	// For each cause's slug, its exercises by name.
	private final Map<String, List<ExerciseEntry>> exercisesByCause;

	private final ExerciseIndex index;

	private final Suggester suggester;

	public Catalogue(CatalogueVersion version, List<ExerciseEntry> exercises, List<MuscleEntry> muscles,
			List<CautionEntry> cautions, List<SourceEntry> sources, List<CauseEntry> causes) {
		this.version = version;
		this.exercises = List.copyOf(exercises);
		this.exercisesBySlug = bySlug(this.exercises, ExerciseEntry::slug);
		this.muscles = muscles.stream()
			.sorted(Comparator.comparing(MuscleEntry::name).thenComparing(MuscleEntry::slug))
			.toList();
		this.musclesBySlug = bySlug(this.muscles, MuscleEntry::slug);
		this.cautions = cautions.stream().sorted(CautionEntry.LIST_ORDER).toList();
		this.cautionsBySlug = bySlug(this.cautions, CautionEntry::slug);
		this.generalCautions = cautions.stream()
			.filter(CautionEntry::general)
			.sorted(CautionEntry.MOST_SERIOUS_FIRST)
			.toList();
		this.sources = sources.stream()
			.sorted(Comparator.comparing(SourceEntry::kind).thenComparing(SourceEntry::slug))
			.toList();
		this.causes = causes.stream()
			.sorted(Comparator.comparing(CauseEntry::name).thenComparing(CauseEntry::slug))
			.toList();
		this.causesBySlug = bySlug(this.causes, CauseEntry::slug);
		Comparator<ExerciseEntry> byName = Comparator.comparing(ExerciseEntry::name).thenComparing(ExerciseEntry::slug);
		Map<String, List<CauseEntry>> causesByExercise = new HashMap<>();
		Map<String, List<ExerciseEntry>> exercisesByCause = new HashMap<>();
		for (CauseEntry cause : this.causes) {
			List<ExerciseEntry> tied = cause.exercises().stream().sorted(byName).toList();
			exercisesByCause.put(cause.slug(), tied);
			tied.forEach((exercise) -> causesByExercise.computeIfAbsent(exercise.slug(), (slug) -> new ArrayList<>())
				.add(cause));
		}
		causesByExercise.replaceAll((slug, tied) -> List.copyOf(tied));
		this.causesByExercise = causesByExercise;
		this.exercisesByCause = exercisesByCause;
		List<String> exerciseSlugs = this.exercises.stream().sorted(byName).map(ExerciseEntry::slug).toList();
		this.slugs = Map.of(Filter.MUSCLE, this.muscles.stream().map(MuscleEntry::slug).toList(), Filter.CAUSE,
				this.causes.stream().map(CauseEntry::slug).toList(), Filter.EXERCISE, exerciseSlugs,
				Filter.AVOID_EXERCISE, exerciseSlugs);
		this.index = new ExerciseIndex(this.exercises, this.slugs, this::causesOf);
		this.suggester = Suggester.build(suggestions());
	}

	private static <T> Map<String, T> bySlug(List<T> entries, Function<T, String> slug) {
		return entries.stream()
			.collect(Collectors.toMap(slug, Function.identity(), (one, other) -> one, LinkedHashMap::new));
	}

	// Exercises before muscles; each in name order, so ties go to the earlier name.
	private List<Suggester.Entry> suggestions() {
		List<Suggester.Entry> entries = new ArrayList<>();
		this.exercises.stream()
			.sorted(Comparator.comparing(ExerciseEntry::name).thenComparing(ExerciseEntry::slug))
			.forEach((exercise) -> entries.add(new Suggester.Entry(
					new Suggester.Suggestion(EXERCISE, exercise.slug(), exercise.name()), exercise.otherNames())));
		this.muscles.forEach((muscle) -> entries.add(
				new Suggester.Entry(new Suggester.Suggestion(MUSCLE, muscle.slug(), muscle.name()), muscle.aliases())));
		return entries;
	}

	/**
	 * This catalogue's version.
	 * @return the content hash and counts
	 */
	public CatalogueVersion version() {
		return this.version;
	}

	/**
	 * Every exercise, in catalogue order.
	 * @return the exercises
	 */
	public List<ExerciseEntry> exercises() {
		return this.exercises;
	}

	/**
	 * One exercise.
	 * @param slug its slug
	 * @return the exercise, if there is one with that slug
	 */
	public Optional<ExerciseEntry> exercise(String slug) {
		return Optional.ofNullable(this.exercisesBySlug.get(slug));
	}

	/**
	 * The slugs a filter of the catalogue's own entries takes, such as the muscles'.
	 * @param filter the filter
	 * @return the slugs, in the order of their list endpoint; empty for other filters
	 */
	public List<String> slugs(Filter filter) {
		return this.slugs.getOrDefault(filter, List.of());
	}

	/**
	 * Answers a question about exercises.
	 * @param filter which exercises
	 * @param order in which order
	 * @param offset how many matches to skip
	 * @param limit the most to return
	 * @param facets the filters to count values of, for a filter panel
	 * @return a page of matches, their total and the counts
	 */
	public ExerciseMatches find(ExerciseFilter filter, ExerciseOrder order, long offset, int limit,
			Set<Filter> facets) {
		return this.index.find(filter, order, offset, limit, facets);
	}

	/**
	 * Every exercise that passes a filter, in name order.
	 * @param filter which exercises
	 * @return the exercises
	 */
	public List<ExerciseEntry> findAll(ExerciseFilter filter) {
		return find(filter, ExerciseOrder.NAME, 0, Math.max(this.exercises.size(), 1), Set.of()).items();
	}

	/**
	 * How many exercises serve a goal.
	 * @param goal the goal
	 * @return the count
	 */
	public int exerciseCount(Goal goal) {
		return this.index.count(Filter.GOAL, goal.value());
	}

	/**
	 * Every muscle, by name.
	 * @return the muscles
	 */
	public List<MuscleEntry> muscles() {
		return this.muscles;
	}

	/**
	 * One muscle.
	 * @param slug its slug
	 * @return the muscle, if there is one with that slug
	 */
	public Optional<MuscleEntry> muscle(String slug) {
		return Optional.ofNullable(this.musclesBySlug.get(slug));
	}

	/**
	 * How many exercises work a muscle, as primary or secondary target.
	 * @param muscle the muscle
	 * @return the count
	 */
	public int exerciseCount(MuscleEntry muscle) {
		return this.index.count(Filter.MUSCLE, muscle.slug());
	}

	/**
	 * The exercises that work a muscle, in name order.
	 * @param muscle the muscle
	 * @return the exercises, whether it is their primary or a secondary target
	 */
	public List<ExerciseEntry> exercisesWorking(MuscleEntry muscle) {
		return this.index.withValue(Filter.MUSCLE, muscle.slug());
	}

	/**
	 * Every caution: most serious first, general before specific, then by slug.
	 * @return the cautions
	 */
	public List<CautionEntry> cautions() {
		return this.cautions;
	}

	/**
	 * One caution.
	 * @param slug its slug
	 * @return the caution, if there is one with that slug
	 */
	public Optional<CautionEntry> caution(String slug) {
		return Optional.ofNullable(this.cautionsBySlug.get(slug));
	}

	/**
	 * The cautions that apply to every exercise, most serious first.
	 * @return the general cautions
	 */
	public List<CautionEntry> generalCautions() {
		return this.generalCautions;
	}

	/**
	 * The exercises a caution applies to, in name order: all of them for a general one.
	 * @param caution the caution
	 * @return the exercises
	 */
	public List<ExerciseEntry> exercisesCautionedBy(CautionEntry caution) {
		return findAll(ExerciseFilter.NONE).stream()
			.filter((exercise) -> caution.general() || exercise.cautions().contains(caution))
			.toList();
	}

	/**
	 * The articles, then the references they cite, each by slug.
	 * @return the sources
	 */
	public List<SourceEntry> sources() {
		return this.sources;
	}

	/**
	 * What the articles say lies behind the pain, by name.
	 * @return the causes
	 */
	public List<CauseEntry> causes() {
		return this.causes;
	}

	/**
	 * One cause.
	 * @param slug its slug
	 * @return the cause, if there is one with that slug
	 */
	public Optional<CauseEntry> cause(String slug) {
		return Optional.ofNullable(this.causesBySlug.get(slug));
	}

	/**
	 * The exercises an article ties to a cause, each once, in name order.
	 * @param cause the cause
	 * @return the exercises
	 */
	public List<ExerciseEntry> exercisesFor(CauseEntry cause) {
		return this.exercisesByCause.getOrDefault(cause.slug(), List.of());
	}

	/**
	 * The causes an article ties an exercise to, by name: what a filter by cause, and
	 * search by the words people use for a cause, look at.
	 * @param exercise the exercise
	 * @return its causes, none if no article ties it to one
	 */
	public List<CauseEntry> causesOf(ExerciseEntry exercise) {
		return this.causesByExercise.getOrDefault(exercise.slug(), List.of());
	}

	/**
	 * Completions for a search box.
	 * @param typed what was typed so far
	 * @param size the most suggestions wanted
	 * @return exercises and muscles, best first
	 */
	public List<Suggester.Suggestion> suggest(String typed, int size) {
		return this.suggester.suggest(typed, size);
	}

	/**
	 * What the catalogue ties an exercise to beyond its own fields, for the filters and
	 * search that read it.
	 */
	@FunctionalInterface
	interface Ties {

		/**
		 * The causes an article ties an exercise to.
		 * @param exercise the exercise
		 * @return the causes, by name
		 */
		List<CauseEntry> causesOf(ExerciseEntry exercise);

		/**
		 * The slugs of the causes an article ties an exercise to.
		 * @param exercise the exercise
		 * @return the slugs
		 */
		default List<String> causes(ExerciseEntry exercise) {
			return causesOf(exercise).stream().map(CauseEntry::slug).toList();
		}

	}

}
