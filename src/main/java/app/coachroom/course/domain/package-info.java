/** The course with its modules and lessons, and their rules. */
package app.coachroom.course.domain;
