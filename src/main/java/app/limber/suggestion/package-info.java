/**
 * Suggestions for a search box: exercises and muscles whose names complete what a person
 * has typed so far.
 */
package app.limber.suggestion;
