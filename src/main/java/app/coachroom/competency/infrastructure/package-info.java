/** JPA queries for competencies of the session's tenant. */
package app.coachroom.competency.infrastructure;
