/** The template, its versions and their items, and the versioning rules. */
package app.coachroom.interviewtemplate.domain;
