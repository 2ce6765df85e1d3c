/**
 * Courses and soft-skill curricula: a course has ordered modules, a module ordered lessons, and a
 * lesson Markdown content. Coaches write drafts and publish them; students read published courses
 * only.
 */
package app.coachroom.course;
