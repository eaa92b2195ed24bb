package app.limber.catalogue.store;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the articles say lies behind lower back and glute pain, with the exercises an
 * article ties to it.
 */
@Entity
public class Cause {

	@Id
	@Column(length = 60)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, length = 2000)
	private String summary;

	// Kept in the cause's row, as an SQL array, like an exercise's aliases.
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> terms = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "cause_source", joinColumns = @JoinColumn(name = "cause"),
			inverseJoinColumns = @JoinColumn(name = "source"))
	@OrderColumn(name = "ordinal")
	private List<Source> sources = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "cause_exercise", joinColumns = @JoinColumn(name = "cause"))
	@OrderColumn(name = "ordinal")
	private List<CauseLink> exercises = new ArrayList<>();

	protected Cause() {
	}

	public Cause(String slug, String name, String summary, List<String> terms, List<Source> sources,
			List<CauseLink> exercises) {
		this.slug = slug;
		this.name = name;
		this.summary = summary;
		this.terms = new ArrayList<>(terms);
		this.sources = new ArrayList<>(sources);
		this.exercises = new ArrayList<>(exercises);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getSummary() {
		return this.summary;
	}

	public List<String> getTerms() {
		return this.terms;
	}

	public List<Source> getSources() {
		return this.sources;
	}

	public List<CauseLink> getExercises() {
		return this.exercises;
	}

}
