package app.limber.web;

import java.util.List;

/**
 * A whole, unpaged list: goals, muscles, cautions or sources.
 *
 * @param <T> the item type
 * @param items every item, in a stable order
 */
public record Items<T>(List<T> items) {

}
