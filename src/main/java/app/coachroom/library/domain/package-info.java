/** The authoring file: its content as records, and its JSON form with a list of problems. */
package app.coachroom.library.domain;
