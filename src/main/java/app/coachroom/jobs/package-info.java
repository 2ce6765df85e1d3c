/**
 * The periodic jobs, all declared in {@link app.coachroom.jobs.Jobs}, and the one timer bean that
 * runs them on every server (the jobs' own database claims and locks make that safe).
 */
package app.coachroom.jobs;
