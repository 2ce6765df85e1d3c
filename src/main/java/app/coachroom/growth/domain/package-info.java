/** The record's rules: a level per interview, and where a student stands from their last ones. */
package app.coachroom.growth.domain;
