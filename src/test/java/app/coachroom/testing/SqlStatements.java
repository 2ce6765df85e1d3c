package app.coachroom.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while a piece of work runs, so tests can prove that
 * a page's statement count does not grow with its rows. Statistics are on only while counting.
 */
@ApplicationScoped
public class SqlStatements {
  @PersistenceUnit EntityManagerFactory emf;

  public synchronized long countDuring(Runnable work) {
    Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    statistics.setStatisticsEnabled(true);
    try {
      work.run();
      return statistics.getPrepareStatementCount();
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }
}
