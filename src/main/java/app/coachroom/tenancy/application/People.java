package app.coachroom.tenancy.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.RequiresRole;
import app.coachroom.identity.Role;
import app.coachroom.tenancy.domain.Member;
import app.coachroom.tenancy.infrastructure.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The active tenant's members as coaches meet them: found by name or e-mail to put on a roster, and
 * named in lists. Administration (inviting, roles) stays with {@link MemberAdministration}.
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH})
public class People {
  @Inject MemberRepository members;

  /** Up to {@code limit} members matching the text and holding any of the roles, by name. */
  public List<Person> search(String text, Set<Role> roles, int limit) {
    return members.page(text, roles, 0, limit).stream().map(People::person).toList();
  }

  /** The members among these subjects, by subject; people who left the tenant are absent. */
  public Map<String, Person> named(Collection<String> subjects) {
    return members.bySubjects(subjects).stream()
        .map(People::person)
        .collect(Collectors.toMap(Person::subject, Function.identity()));
  }

  /**
   * The members among these subjects whom Coachroom may e-mail reminders: they have an address and
   * have not turned reminders off.
   */
  public Map<String, Person> remindable(Collection<String> subjects) {
    return members.bySubjects(subjects).stream()
        .filter(m -> m.email() != null && m.wantsReminders())
        .map(People::person)
        .collect(Collectors.toMap(Person::subject, Function.identity()));
  }

  /** Those of these subjects who hold any of the roles in the active tenant. */
  public Set<String> holdingAnyOf(Collection<String> subjects, Set<Role> roles) {
    return members.roles(subjects).entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(roles::contains))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static Person person(Member member) {
    return new Person(member.subject(), member.displayName(), member.email());
  }
}
