package app.coachroom.attempt.web;

import jakarta.servlet.http.HttpServletRequest;

/** The {@code /<attempt>/<position>} tail of a download URL (diagrams, recordings). */
record AttemptPath(String attemptId, int position) {

  /** The tail of the request's path, or null when it is not of that shape. */
  static AttemptPath of(HttpServletRequest req) {
    String[] parts =
        (req.getPathInfo() == null ? "" : req.getPathInfo()).replaceFirst("^/", "").split("/");
    if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
      return null;
    }
    return new AttemptPath(parts[0], Integer.parseInt(parts[1]));
  }
}
