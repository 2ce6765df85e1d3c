package app.coachroom.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response times and errors per request name, recorded by the scenarios themselves (each request
 * saves its response time and the step after it records it), so the report does not depend on the
 * layout of Gatling's HTML. One run at a time: {@link #reset()} before, {@link #snapshot()} after.
 */
final class Latencies {
  private static final Map<String, Series> SERIES = new LinkedHashMap<>();

  private Latencies() {}

  static synchronized void reset() {
    SERIES.clear();
  }

  /** A request answered in {@code millis} (or not at all: -1), successfully or not. */
  static synchronized void record(String name, long millis, boolean ok) {
    Series s = SERIES.computeIfAbsent(name, n -> new Series());
    long now = System.currentTimeMillis();
    if (s.first == 0) {
      s.first = now - Math.max(0, millis);
    }
    s.last = now;
    if (millis >= 0) {
      s.millis.add(millis);
    } else {
      s.unanswered++;
    }
    if (!ok) {
      s.errors++;
    }
  }

  static synchronized Snapshot snapshot() {
    Map<String, Figures> figures = new LinkedHashMap<>();
    SERIES.forEach((name, s) -> figures.put(name, s.figures()));
    return new Snapshot(figures);
  }

  private static final class Series {
    final List<Long> millis = new ArrayList<>();
    long errors;
    long unanswered;
    long first;
    long last;

    Figures figures() {
      List<Long> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      double seconds = Math.max(1, last - first) / 1000.0;
      long count = sorted.size() + unanswered;
      return new Figures(
          count,
          errors,
          percentile(sorted, 50),
          percentile(sorted, 95),
          percentile(sorted, 99),
          sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
          count / seconds);
    }

    private static long percentile(List<Long> sorted, int p) {
      if (sorted.isEmpty()) {
        return 0;
      }
      int rank = (int) Math.ceil(p / 100.0 * sorted.size());
      return sorted.get(Math.max(0, rank - 1));
    }
  }

  /** One request name's figures: rate is requests per second between its first and last. */
  record Figures(long count, long errors, long p50, long p95, long p99, long max, double rate) {}

  /** Every request name's figures after a run. */
  record Snapshot(Map<String, Figures> byName) {
    long errors() {
      return byName.values().stream().mapToLong(Figures::errors).sum();
    }

    long total() {
      return byName.values().stream().mapToLong(Figures::count).sum();
    }

    /** Requests to Coachroom: all but Keycloak's login pages. */
    long appRequests() {
      return byName.entrySet().stream()
          .filter(e -> !e.getKey().startsWith(Steps.KEYCLOAK_PREFIX))
          .mapToLong(e -> e.getValue().count())
          .sum();
    }

    /** The figures of a request name; all zero when no such request was made. */
    Figures of(String name) {
      return byName.getOrDefault(name, new Figures(0, 0, 0, 0, 0, 0, 0));
    }
  }
}
