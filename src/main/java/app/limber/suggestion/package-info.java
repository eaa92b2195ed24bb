/**
 * Suggestions for a search box: exercises and muscles whose names complete what a person
 * has typed so far, from the read model's suggester.
 */
package app.limber.suggestion;
