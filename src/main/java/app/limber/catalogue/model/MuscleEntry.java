package app.limber.catalogue.model;

import app.limber.catalogue.wire.BodyRegion;

import java.util.List;

/**
 * A muscle (or muscle group) as the read model holds it.
 *
 * @param slug its public id
 * @param name its name
 * @param region the body region it belongs to
 * @param description what the articles say of it; empty when they say nothing
 * @param aliases other names for it
 */
public record MuscleEntry(String slug, String name, BodyRegion region, String description, List<String> aliases) {

}
