/** Cohorts: groups of students in one tenant, with start and end dates, managed by coaches. */
package app.coachroom.cohort;
