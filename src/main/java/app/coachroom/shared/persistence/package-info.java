/** The database schema: Flyway migrations from db/ applied when the application starts. */
package app.coachroom.shared.persistence;
