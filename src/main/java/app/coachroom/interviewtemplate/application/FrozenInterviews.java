package app.coachroom.interviewtemplate.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.domain.TemplateItem;
import app.coachroom.interviewtemplate.domain.TemplateVersion;
import app.coachroom.interviewtemplate.infrastructure.TemplateRepository;
import app.coachroom.questionbank.domain.QuestionJson;
import app.coachroom.rubric.domain.RubricJson;
import app.coachroom.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Frozen template versions for the attempts that sit them. A frozen version never changes, so the
 * parsed copy is kept in memory (per tenant, the most recently used {@value #CACHED} versions):
 * every autosave needs its question's kind and times, and reading the JSON each time would cost a
 * query and a parse. Callers must have checked that the person may sit or see this version.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH, STUDENT})
public class FrozenInterviews {
  static final int CACHED = 200;

  @Inject TemplateRepository templates;
  @Inject Caller caller;

  private final Map<String, FrozenInterview> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, FrozenInterview> eldest) {
              return size() > CACHED;
            }
          });

  /** The IDs of the questions these versions ask (empty for none). */
  public Set<String> questionIds(Collection<String> versionIds) {
    return versionIds.isEmpty() ? Set.of() : Set.copyOf(templates.questionIds(versionIds));
  }

  /** The frozen version in the caller's tenant; NotFound for a draft or an unknown ID. */
  public FrozenInterview version(String versionId) {
    String key = caller.persistenceTenant() + "/" + versionId;
    FrozenInterview cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    FrozenInterview loaded =
        templates
            .frozenVersion(versionId)
            .map(FrozenInterviews::frozen)
            .orElseThrow(() -> new NotFoundException("Interview", versionId));
    cache.put(key, loaded);
    return loaded;
  }

  private static FrozenInterview frozen(TemplateVersion version) {
    return new FrozenInterview(
        version.id(),
        version.title(),
        version.instructions(),
        version.stage(),
        version.overallSeconds(),
        version.items().stream().map(FrozenInterviews::item).toList());
  }

  private static FrozenInterview.Item item(TemplateItem item) {
    return new FrozenInterview.Item(
        item.prepSeconds(),
        item.answerSeconds(),
        QuestionJson.read(item.questionSnapshot()),
        item.rubricSnapshot() == null ? null : RubricJson.read(item.rubricSnapshot()));
  }
}
