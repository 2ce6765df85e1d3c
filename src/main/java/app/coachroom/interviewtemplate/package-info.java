/**
 * Mock-interview templates: ordered bank questions with preparation and answer times, an overall
 * limit, instructions and rubrics. Versioned: publishing freezes a version (with copies of its
 * questions and rubrics); later edits go into a new draft.
 */
package app.coachroom.interviewtemplate;
