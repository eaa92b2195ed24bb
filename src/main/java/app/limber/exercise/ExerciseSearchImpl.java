package app.limber.exercise;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Runs {@link ExerciseSearch} as two statements: the page, ordered in the database
 * (relevance included), and a count only when the page alone cannot tell the total.
 */
class ExerciseSearchImpl implements ExerciseSearch {

	private final EntityManager entityManager;

	ExerciseSearchImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Page<Exercise> search(ExerciseFilter filter, ExerciseSort sort, Pageable pageable) {
		Specification<Exercise> specification = ExerciseSpecifications.matching(filter);
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Exercise> query = builder.createQuery(Exercise.class);
		Root<Exercise> root = query.from(Exercise.class);
		query.select(root).where(specification.toPredicate(root, query, builder));
		query.orderBy(orders(root, builder, sort, String.join(" ", filter.words())));
		List<Exercise> content = this.entityManager.createQuery(query)
			.setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE))
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return PageableExecutionUtils.getPage(content, pageable, () -> count(specification));
	}

	private long count(Specification<Exercise> specification) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<Exercise> root = query.from(Exercise.class);
		query.select(builder.count(root)).where(specification.toPredicate(root, query, builder));
		return this.entityManager.createQuery(query).getSingleResult();
	}

	private static List<Order> orders(Root<Exercise> root, CriteriaBuilder builder, ExerciseSort sort, String query) {
		List<Order> orders = new ArrayList<>();
		switch (sort.field()) {
			case RELEVANCE -> {
				if (!query.isEmpty()) {
					orders.add(builder.asc(ExerciseSpecifications.relevance(root, builder, query)));
				}
			}
			case DIFFICULTY -> orders.add(direction(builder, root.get("difficulty"), sort.ascending()));
			case DURATION -> orders.add(sort.ascending() ? builder.asc(root.get("estimatedDurationSeconds"), Nulls.LAST)
					: builder.desc(root.get("estimatedDurationSeconds"), Nulls.LAST));
			case NAME -> {
			}
		}
		boolean nameAscending = sort.field() != ExerciseSort.Field.NAME || sort.ascending();
		orders.add(direction(builder, builder.lower(root.get("name")), nameAscending));
		orders.add(direction(builder, root.get("slug"), nameAscending));
		return orders;
	}

	private static Order direction(CriteriaBuilder builder, Expression<?> expression, boolean ascending) {
		return ascending ? builder.asc(expression) : builder.desc(expression);
	}

}
