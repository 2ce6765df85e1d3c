/** Keeping the competency record as released results change, and reading it. */
package app.coachroom.growth.application;
