/** Grading pages: the coach's grading queue and review screen, and the student's feedback. */
package app.coachroom.grading.web;
