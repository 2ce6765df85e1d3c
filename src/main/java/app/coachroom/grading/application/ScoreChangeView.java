package app.coachroom.grading.application;

import app.coachroom.grading.domain.ScoreChangeKind;
import java.io.Serializable;
import java.time.Instant;

/** One line of a review's score history, with the name of who made the change. */
public record ScoreChangeView(
    Instant changedAt,
    String changedBy,
    String changedByName,
    ScoreChangeKind kind,
    Integer position,
    Integer criterion,
    Integer oldPoints,
    Integer newPoints,
    String reason)
    implements Serializable {}
