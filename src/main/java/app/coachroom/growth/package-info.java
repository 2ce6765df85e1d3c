/**
 * Growth per competency: the competency record (a projection of released reviews), each student's
 * profile and a cohort's heat map.
 */
package app.coachroom.growth;
