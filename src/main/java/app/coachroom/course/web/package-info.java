/** Backing beans of the course pages: list, outline editor, lesson editor, reader. */
package app.coachroom.course.web;
