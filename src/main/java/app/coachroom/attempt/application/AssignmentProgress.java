package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Progress;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An assigned interview's students with their states, and how many are in each.
 *
 * @param anonymous whether the assignment hides identities (graded anonymously, not revealed yet)
 */
public record AssignmentProgress(
    String assignmentId, String title, boolean anonymous, List<ProgressRow> students)
    implements Serializable {

  public AssignmentProgress {
    students = List.copyOf(students);
  }

  /** How many students are in each state, every state listed (zero included), in order. */
  public Map<Progress, Long> counts() {
    Map<Progress, Long> counts = new EnumMap<>(Progress.class);
    for (Progress p : Progress.values()) {
      counts.put(p, 0L);
    }
    students.forEach(s -> counts.merge(s.progress(), 1L, Long::sum));
    return counts;
  }

  public long count(Progress progress) {
    return counts().get(progress);
  }

  /** The counts as a list, every state in order (for pages). */
  public List<Count> countList() {
    return counts().entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  /** How many students are in one state. */
  public record Count(Progress progress, long students) implements Serializable {}
}
