/** The cohort screens: list (cohorts.xhtml), details (cohort.xhtml) and edit (edit.xhtml). */
package app.coachroom.cohort.web;
