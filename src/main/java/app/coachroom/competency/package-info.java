/**
 * Competencies: the soft skills and technical areas that questions and rubric criteria are tagged
 * with, so progress can be shown per skill.
 */
package app.coachroom.competency;
