/**
 * Safety guidance, most serious first, and the exercises each caution applies to: read
 * from the read model and mapped to the feature's own answers.
 */
package app.limber.caution;
