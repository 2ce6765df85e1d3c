/** JPA queries for cohorts and their members; every query is tenant-scoped by Hibernate. */
package app.coachroom.cohort.infrastructure;
