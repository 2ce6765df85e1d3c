/** The competencies screen (competencies.xhtml): list with an edit dialog. */
package app.coachroom.competency.web;
