/**
 * Review and grading: a coach's review of a handed-in attempt (a level per rubric criterion,
 * comments, overrides of automatic scores), its release to the student, and the history of every
 * score change.
 */
package app.coachroom.grading;
