/** JPA queries for rubrics of the session's tenant. */
package app.coachroom.rubric.infrastructure;
