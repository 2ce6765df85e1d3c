/**
 * Assignments: a published mock-interview template version, or a published course to study, given
 * to a cohort with its opening and due times, attempts, late policy and result release, plus
 * per-student extensions; the coach's pages and the student's dashboard.
 */
package app.coachroom.assignment;
