/** Course persistence. */
package app.coachroom.course.infrastructure;
