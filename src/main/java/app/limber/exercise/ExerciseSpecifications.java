package app.limber.exercise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import app.limber.goal.Goal;
import app.limber.muscle.BodyRegion;
import app.limber.muscle.Muscle;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * One small specification per {@code /exercises} filter; each is unrestricted when its
 * filter is absent. Collection filters are {@code EXISTS} subqueries, so an exercise
 * never appears twice in a page.
 */
final class ExerciseSpecifications {

	private ExerciseSpecifications() {
	}

	static Specification<Exercise> matching(ExerciseFilter filter) {
		List<Specification<Exercise>> all = new ArrayList<>();
		all.add(hasAnyGoal(filter.goals()));
		all.add(worksAnyMuscle(filter.muscles()));
		all.add(worksAnyRegion(filter.regions()));
		all.add(inAnyPosition(filter.positions()));
		all.add(needsAnyOf(filter.equipment()));
		all.add(hasAnyDifficulty(filter.difficulties()));
		filter.words().forEach((word) -> all.add(mentions(word)));
		return Specification.allOf(all);
	}

	static Specification<Exercise> hasAnyGoal(Collection<Goal> goals) {
		return containsAny("goals", goals);
	}

	static Specification<Exercise> needsAnyOf(Collection<Equipment> equipment) {
		return containsAny("equipment", equipment);
	}

	static Specification<Exercise> worksAnyMuscle(Collection<String> muscles) {
		return targetsMuscleWithAny("slug", muscles);
	}

	static Specification<Exercise> worksAnyRegion(Collection<BodyRegion> regions) {
		return targetsMuscleWithAny("region", regions);
	}

	// The exercise's element collection holds any of the values.
	private static Specification<Exercise> containsAny(String collection, Collection<?> values) {
		if (values.isEmpty()) {
			return Specification.unrestricted();
		}
		return (root, query, builder) -> {
			Subquery<Integer> exists = query.subquery(Integer.class);
			Root<Exercise> exercise = exists.correlate(root);
			Join<Exercise, ?> element = exercise.join(collection);
			return builder.exists(exists.select(builder.literal(1)).where(element.in(values)));
		};
	}

	// The exercise works a muscle whose attribute is any of the values.
	private static Specification<Exercise> targetsMuscleWithAny(String attribute, Collection<?> values) {
		if (values.isEmpty()) {
			return Specification.unrestricted();
		}
		return (root, query, builder) -> {
			Subquery<Integer> exists = query.subquery(Integer.class);
			Root<MuscleTarget> target = exists.from(MuscleTarget.class);
			Join<MuscleTarget, Muscle> muscle = target.join("muscle");
			return builder.exists(exists.select(builder.literal(1))
				.where(builder.equal(target.get("exercise"), root), muscle.get(attribute).in(values)));
		};
	}

	static Specification<Exercise> inAnyPosition(Collection<Position> positions) {
		if (positions.isEmpty()) {
			return Specification.unrestricted();
		}
		return (root, query, builder) -> root.get("position").in(positions);
	}

	static Specification<Exercise> hasAnyDifficulty(Collection<Difficulty> difficulties) {
		if (difficulties.isEmpty()) {
			return Specification.unrestricted();
		}
		return (root, query, builder) -> root.get("difficulty").in(difficulties);
	}

	static Specification<Exercise> mentions(String word) {
		return (root, query, builder) -> builder.like(root.get("searchText"), contains(word), '\\');
	}

	/**
	 * Ranks a search match: 0 for the exact name, 1 for a name that starts with the
	 * query, 2 for an alias that is or starts with it, 3 for a name or alias that
	 * contains it, 4 for the rest (matches in the summary, or words spread over several
	 * fields).
	 */
	static Expression<Integer> relevance(Root<Exercise> root, CriteriaBuilder builder, String query) {
		Expression<String> name = builder.lower(root.get("name"));
		Expression<String> aliases = root.get("aliasText");
		return builder.<Integer>selectCase()
			.when(builder.equal(name, query), 0)
			.when(builder.like(name, escape(query) + "%", '\\'), 1)
			.when(builder.like(aliases, "%" + Exercise.SEPARATOR + escape(query) + "%", '\\'), 2)
			.when(builder.or(builder.like(name, contains(query), '\\'), builder.like(aliases, contains(query), '\\')),
					3)
			.otherwise(4);
	}

	private static String contains(String text) {
		return "%" + escape(text) + "%";
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
