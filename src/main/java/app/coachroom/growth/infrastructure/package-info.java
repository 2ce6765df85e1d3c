/** The competency record in the database. */
package app.coachroom.growth.infrastructure;
