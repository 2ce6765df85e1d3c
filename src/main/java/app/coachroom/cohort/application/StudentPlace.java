package app.coachroom.cohort.application;

import java.io.Serializable;
import java.math.BigDecimal;

/** A student's own place in an active cohort: its name and their extra-time multiplier. */
public record StudentPlace(String cohortName, BigDecimal timeMultiplier) implements Serializable {}
