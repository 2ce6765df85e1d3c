package app.coachroom.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Runs work in a transaction that then fails, as a commit that fails after the work would. */
@ApplicationScoped
public class RollsBack {
  /** Thrown after the work, to roll the transaction back. */
  public static class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Transactional
  public void run(Runnable work) {
    work.run();
    throw new Failure();
  }
}
