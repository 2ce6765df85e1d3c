/**
 * The assignment screens: a cohort's assignments (assignments.xhtml), the editor (edit.xhtml), one
 * assignment with its students and extensions (assignment.xhtml) and the student's dashboard
 * (dashboard.xhtml).
 */
package app.coachroom.assignment.web;
