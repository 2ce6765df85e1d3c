/** Backing beans of the interviewtemplate pages: list, editor, version view. */
package app.coachroom.interviewtemplate.web;
