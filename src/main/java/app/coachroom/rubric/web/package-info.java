/**
 * The rubric screens: list (rubrics.xhtml), editor (edit.xhtml) and grading preview
 * (preview.xhtml).
 */
package app.coachroom.rubric.web;
