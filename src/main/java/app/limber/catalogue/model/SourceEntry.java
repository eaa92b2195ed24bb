package app.limber.catalogue.model;

import app.limber.catalogue.wire.SourceKind;

/**
 * An article the catalogue is taken from, or a reference one of them cites.
 *
 * @param slug its public id
 * @param kind article or reference
 * @param title its title
 * @param authors its authors, or {@code null}
 * @param publisher its publisher or journal, or {@code null}
 * @param year its year, or {@code null}
 * @param citedBy for a reference, the slug of the article that cites it; else
 * {@code null}
 * @param titleIsDescriptive whether the title describes an article that has none
 */
public record SourceEntry(String slug, SourceKind kind, String title, String authors, String publisher, Integer year,
		String citedBy, boolean titleIsDescriptive) {

}
