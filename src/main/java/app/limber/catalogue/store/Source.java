package app.limber.catalogue.store;

import app.limber.catalogue.wire.SourceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One of the articles the catalogue is taken from, or a reference an article cites.
 */
@Entity
public class Source {

	@Id
	@Column(length = 60)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SourceKind kind;

	@Column(nullable = false, length = 2000)
	private String title;

	private String authors;

	private String publisher;

	@Column(name = "published_year")
	private Integer year;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cited_by")
	private Source citedBy;

	@Column(nullable = false)
	private boolean titleIsDescriptive;

	protected Source() {
	}

	public Source(String slug, SourceKind kind, String title, String authors, String publisher, Integer year,
			Source citedBy, boolean titleIsDescriptive) {
		this.titleIsDescriptive = titleIsDescriptive;
		this.slug = slug;
		this.kind = kind;
		this.title = title;
		this.authors = authors;
		this.publisher = publisher;
		this.year = year;
		this.citedBy = citedBy;
	}

	public String getSlug() {
		return this.slug;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getAuthors() {
		return this.authors;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public Integer getYear() {
		return this.year;
	}

	/**
	 * Whether the title describes an article that has none of its own.
	 * @return {@code true} for a descriptive title
	 */
	public boolean isTitleDescriptive() {
		return this.titleIsDescriptive;
	}

	public Source getCitedBy() {
		return this.citedBy;
	}

}
