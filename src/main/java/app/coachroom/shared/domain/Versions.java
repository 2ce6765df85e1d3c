package app.coachroom.shared.domain;

import jakarta.persistence.OptimisticLockException;

/** The check every edit makes: the version the person saw must still be the current one. */
public final class Versions {
  private Versions() {}

  public static <T> T requireCurrent(T row, long current, long seen, String what, String id) {
    if (current != seen) {
      throw new OptimisticLockException(what + " " + id + " was changed by someone else");
    }
    return row;
  }
}
