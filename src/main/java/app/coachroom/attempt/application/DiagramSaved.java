package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.UploadedDiagram;

/**
 * What an upload (or removal) of an answer's diagram left: the diagram now stored, or null, and the
 * server's clock.
 */
public record DiagramSaved(UploadedDiagram diagram, ClockView clock) {}
