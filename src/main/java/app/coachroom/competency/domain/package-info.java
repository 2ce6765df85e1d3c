/** The competency entity and its kinds. */
package app.coachroom.competency.domain;
