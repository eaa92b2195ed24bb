/**
 * The database connection as operators meet it: a start-up that cannot reach the database
 * fails with one message naming it, the password masked.
 */
package app.limber.database;
