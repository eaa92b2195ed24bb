package app.limber.system;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * One page of a list, with where it sits in the whole.
 *
 * @param <T> the item type
 * @param items the items on this page; empty past the last page
 * @param page where this page sits
 */
public record Paged<T>(List<T> items, PageMetadata page) {

	/**
	 * Maps a Spring Data page.
	 * @param <E> the entity type
	 * @param <T> the item type
	 * @param page the page of entities
	 * @param mapper turns an entity into an item
	 * @return the page of items
	 */
	public static <E, T> Paged<T> of(Page<E> page, Function<E, T> mapper) {
		return new Paged<>(page.getContent().stream().map(mapper).toList(),
				new PageMetadata(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
	}

	/**
	 * Where a page sits in the whole list.
	 *
	 * @param number this page's number, from 0
	 * @param size the most items a page holds
	 * @param totalItems how many items match, over all pages
	 * @param totalPages how many pages there are
	 */
	public record PageMetadata(@Schema(example = "0") int number, @Schema(example = "20") int size,
			@Schema(example = "30") long totalItems, @Schema(example = "2") int totalPages) {
	}

}
