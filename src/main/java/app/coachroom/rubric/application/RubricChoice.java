package app.coachroom.rubric.application;

import java.io.Serializable;

/** A rubric as a choice in a list: its ID and title. */
public record RubricChoice(String id, String title) implements Serializable {}
