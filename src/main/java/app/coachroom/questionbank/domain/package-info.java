/** The question entity with its choices and competency tags, and the rules each kind follows. */
package app.coachroom.questionbank.domain;
