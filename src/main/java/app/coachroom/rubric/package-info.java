/**
 * Rubrics: criteria by levels, each level with points and a descriptor, each criterion optionally
 * tied to a competency. Coaches grade answers with them.
 */
package app.coachroom.rubric;
