package app.limber.catalogue.store;

import java.util.ArrayList;
import java.util.List;

import app.limber.catalogue.wire.BodyRegion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A muscle (or muscle group) that exercises target.
 */
@Entity
public class Muscle {

	@Id
	@Column(length = 60)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private BodyRegion region;

	@Column(nullable = false, length = 2000)
	private String description;

	// Kept in the muscle's row, as an SQL array (db/migration V2).
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private List<String> aliases = new ArrayList<>();

	protected Muscle() {
	}

	public Muscle(String slug, String name, BodyRegion region, String description, List<String> aliases) {
		this.slug = slug;
		this.name = name;
		this.region = region;
		this.description = description;
		this.aliases = new ArrayList<>(aliases);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public BodyRegion getRegion() {
		return this.region;
	}

	public String getDescription() {
		return this.description;
	}

	public List<String> getAliases() {
		return this.aliases;
	}

}
