/** The question bank screens: searchable list (questions.xhtml) and editor (edit.xhtml). */
package app.coachroom.questionbank.web;
