package app.coachroom.questionbank.domain;

import java.io.Serializable;

/** What a page says about a stored diagram; the bytes are fetched only to serve the image. */
public record DiagramView(String id, String fileName, String mediaType, int sizeBytes)
    implements Serializable {}
