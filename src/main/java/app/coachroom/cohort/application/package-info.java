/** Cohort use cases with their transactions and role checks. */
package app.coachroom.cohort.application;
