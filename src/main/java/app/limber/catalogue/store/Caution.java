package app.limber.catalogue.store;

import java.util.ArrayList;
import java.util.List;

import app.limber.catalogue.wire.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;

/**
 * Safety guidance: either general (applies to every exercise) or attached to specific
 * exercises.
 */
@Entity
public class Caution {

	@Id
	@Column(length = 60)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Severity severity;

	@Column(nullable = false, length = 2000)
	private String text;

	@Column(name = "is_general", nullable = false)
	private boolean general;

	@ManyToMany
	@JoinTable(name = "caution_source", joinColumns = @JoinColumn(name = "caution"),
			inverseJoinColumns = @JoinColumn(name = "source"))
	@OrderColumn(name = "ordinal")
	private List<Source> sources = new ArrayList<>();

	protected Caution() {
	}

	public Caution(String slug, String title, Severity severity, String text, boolean general, List<Source> sources) {
		this.slug = slug;
		this.title = title;
		this.severity = severity;
		this.text = text;
		this.general = general;
		this.sources = new ArrayList<>(sources);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public String getText() {
		return this.text;
	}

	public boolean isGeneral() {
		return this.general;
	}

	public List<Source> getSources() {
		return this.sources;
	}

}
