/** The rubric entity with its criteria and levels, and the rules they follow. */
package app.coachroom.rubric.domain;
