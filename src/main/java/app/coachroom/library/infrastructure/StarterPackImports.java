package app.coachroom.library.infrastructure;

import app.coachroom.library.domain.StarterPackImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The session tenant's starter-pack import (Hibernate's @TenantId filter), if any. */
@ApplicationScoped
public class StarterPackImports {
  @PersistenceContext EntityManager em;

  public Optional<StarterPackImport> find() {
    return em.createQuery("select i from StarterPackImport i", StarterPackImport.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public void add(StarterPackImport record) {
    em.persist(record);
    em.flush();
  }
}
