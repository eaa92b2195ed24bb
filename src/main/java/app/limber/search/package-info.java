/**
 * Full-text search over the catalogue with Apache Lucene: how text is analysed (stemming,
 * numbers, joined words, everyday words for the body), how a query typed into a search
 * box becomes a Lucene query (typo tolerance scaled to word length, the last word as a
 * prefix, field weights), the in-memory index itself and the suggester behind the search
 * box. Knows nothing of exercises or HTTP: the catalogue hands it documents and gets back
 * ordinals with scores.
 */
package app.limber.search;
