package app.limber.system;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list, with where it sits in the whole. {@link PagingHeadersAdvice} adds
 * the paging headers to every answer that is one.
 */
public interface Paged {

	/**
	 * Where this page sits in the whole list.
	 * @return the page's position and the totals
	 */
	PageMetadata page();

	/**
	 * Where a page sits in the whole list.
	 *
	 * @param number this page's number, from 0
	 * @param size the most items a page holds
	 * @param totalItems how many items match, over all pages
	 * @param totalPages how many pages there are
	 */
	record PageMetadata(@Schema(example = "0") int number, @Schema(example = "20") int size,
			@Schema(example = "30") long totalItems, @Schema(example = "2") int totalPages) {

		/**
		 * Works out the totals of a page.
		 * @param number the page number, from 0
		 * @param size the page size
		 * @param totalItems how many items match
		 * @return where the page sits
		 */
		public static PageMetadata of(int number, int size, long totalItems) {
			return new PageMetadata(number, size, totalItems, (int) ((totalItems + size - 1) / size));
		}

	}

}
