package app.limber.web;

import java.util.function.IntFunction;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, with where it sits in the whole and links to its neighbours.
 * {@link PagingHeadersAdvice} repeats the links in a {@code Link} header of every answer
 * that is one.
 */
public interface Paged {

	/**
	 * Where this page sits in the whole list.
	 * @return the page's position, the totals and the links
	 */
	PageMetadata page();

	/**
	 * Where a page sits in the whole list, and the relative URLs of the pages around it:
	 * the same list (same filters, search, order and size) at another page.
	 *
	 * @param number this page's number, from 0
	 * @param size the most items a page holds
	 * @param totalItems how many items match, over all pages
	 * @param totalPages how many pages there are
	 * @param first the first page
	 * @param prev the page before this one (the last page when this one is past the end);
	 * {@code null} on the first page
	 * @param next the page after this one; {@code null} on the last page and past it
	 * @param last the last page (the first when there are no items)
	 */
	record PageMetadata(@Schema(example = "0") int number, @Schema(example = "20") int size,
			@Schema(example = "30") long totalItems, @Schema(example = "2") int totalPages,
			@Schema(example = "/api/v1/exercises?goal=stretch&page=0") String first,
			@Schema(example = "/api/v1/exercises?goal=stretch&page=0") @Nullable String prev,
			@Schema(example = "/api/v1/exercises?goal=stretch&page=2") @Nullable String next,
			@Schema(example = "/api/v1/exercises?goal=stretch&page=3") String last) {

		/**
		 * Works out the totals and the links of a page.
		 * @param number the page number, from 0
		 * @param size the page size
		 * @param totalItems how many items match
		 * @param link the relative URL of a page of the same list, by number
		 * @return where the page sits
		 */
		public static PageMetadata of(int number, int size, long totalItems, IntFunction<String> link) {
			int totalPages = (int) ((totalItems + size - 1) / size);
			int last = Math.max(totalPages - 1, 0);
			return new PageMetadata(number, size, totalItems, totalPages, link.apply(0),
					(number > 0) ? link.apply(Math.min(number - 1, last)) : null,
					(number < last) ? link.apply(number + 1) : null, link.apply(last));
		}

	}

}
