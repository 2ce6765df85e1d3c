package app.coachroom.interviewtemplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.coachroom.interviewtemplate.domain.InterviewTemplate;
import app.coachroom.interviewtemplate.domain.PublishingSources;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.interviewtemplate.domain.TemplateContent.Item;
import app.coachroom.interviewtemplate.domain.TemplateItem;
import app.coachroom.interviewtemplate.domain.TemplateVersion;
import app.coachroom.interviewtemplate.domain.VersionStatus;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Template versioning and content rules, without a server. */
class TemplateVersioningTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(60);

  /** A question bank and rubrics in memory: what publishing reads. */
  private final Bank bank = new Bank();

  @Test
  void aNewTemplateIsDraftVersionOne() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1"), NOW);
    assertEquals(List.of(1), numbers(template));
    assertEquals(VersionStatus.DRAFT, template.working().status());
    assertTrue(template.published().isEmpty());
  }

  @Test
  void publishingFreezesTheQuestionsAndRubricsAsTheyAreThen() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1", "q2"), NOW);
    template.publish(bank, NOW);

    TemplateVersion v1 = template.published().orElseThrow();
    assertEquals(1, v1.number());
    assertEquals(NOW, v1.publishedAt());
    List<TemplateItem> items = v1.items();
    assertEquals("{\"q\":\"q1\"}", items.get(0).questionSnapshot());
    assertEquals("{\"r\":\"star\"}", items.get(0).rubricSnapshot());
    assertEquals("{\"q\":\"q2\"}", items.get(1).questionSnapshot());

    bank.questions.put("q1", frozen("q1 changed later", false, false));
    assertEquals("{\"q\":\"q1\"}", v1.items().get(0).questionSnapshot());
  }

  @Test
  void editingAPublishedTemplateStartsDraftTwoAndLeavesVersionOneAsItWas() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1"), NOW);
    template.publish(bank, NOW);

    TemplateVersion draft = template.saveDraft(content("Screen, longer", "q1", "q2"), LATER);

    assertEquals(2, draft.number());
    assertEquals(VersionStatus.DRAFT, draft.status());
    TemplateVersion v1 = template.version(1).orElseThrow();
    assertEquals(VersionStatus.PUBLISHED, v1.status());
    assertEquals("Screen", v1.title());
    assertEquals(1, v1.items().size());
    assertEquals(Optional.of(v1), template.published());
    assertEquals("Screen, longer", template.title());

    template.saveDraft(content("Screen, again", "q2"), LATER);
    assertEquals(List.of(1, 2), numbers(template), "a second edit goes into the same draft");
    assertEquals("Screen, again", template.working().title());
  }

  @Test
  void publishingTheDraftSupersedesThePublishedVersion() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1"), NOW);
    template.publish(bank, NOW);
    template.saveDraft(content("Screen 2", "q2"), LATER);
    template.publish(bank, LATER);

    assertEquals(VersionStatus.SUPERSEDED, template.version(1).orElseThrow().status());
    assertEquals(2, template.published().orElseThrow().number());
    assertTrue(template.draft().isEmpty());
    template.saveDraft(content("Screen 3", "q1"), LATER);
    assertEquals(List.of(1, 2, 3), numbers(template));
  }

  @Test
  void aPublishedVersionRefusesChangesAndCannotBePublishedAgain() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1"), NOW);
    template.publish(bank, NOW);
    assertRefused("template.publish.noDraft", () -> template.publish(bank, LATER));
    assertEquals(1, template.versions().size());
  }

  @Test
  void publishingRefusesArchivedQuestionsAndMissingOrArchivedRubricsAndChangesNothing() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1", "q2"), NOW);
    bank.questions.put("q2", frozen("q2", true, false));
    RuleViolationException archived =
        assertRefused("template.item.question.archived", () -> template.publish(bank, NOW));
    assertArrayEquals(new Object[] {2, "q2"}, archived.args());
    assertEquals(VersionStatus.DRAFT, template.working().status());
    assertNull(template.working().items().get(0).questionSnapshot(), "nothing half frozen");

    bank.questions.put("q2", frozen("q2", false, false));
    template.saveDraft(withDefaultRubric(content("Screen", "q1", "q2"), null), NOW);
    assertRefused("template.item.rubric.missing", () -> template.publish(bank, NOW));

    template.saveDraft(content("Screen", "q1", "q2"), NOW);
    bank.rubrics.put("star", new PublishingSources.FrozenRubric("STAR", true, "{}"));
    assertRefused("template.item.rubric.archived", () -> template.publish(bank, NOW));
  }

  @Test
  void anAutoScoredQuestionNeedsNoRubricAndIgnoresTheDefault() {
    bank.questions.put("mc", frozen("mc", false, true));
    InterviewTemplate template = new InterviewTemplate(content("Quiz", "mc", "q1"), NOW);
    template.publish(bank, NOW);
    assertNull(template.published().orElseThrow().items().get(0).rubricSnapshot());
    assertEquals(
        "{\"r\":\"star\"}", template.published().orElseThrow().items().get(1).rubricSnapshot());
  }

  @Test
  void aQuestionsOwnRubricWinsOverTheDefault() {
    bank.rubrics.put("code", new PublishingSources.FrozenRubric("Code", false, "{\"r\":\"code\"}"));
    TemplateContent content =
        new TemplateContent(
            "Tech",
            null,
            InterviewStage.TECHNICAL_INTERVIEW,
            3600,
            "star",
            List.of(new Item("q1", 0, 600, "code"), new Item("q2", 30, 600, null)));
    InterviewTemplate template = new InterviewTemplate(content, NOW);
    template.publish(bank, NOW);
    List<TemplateItem> items = template.published().orElseThrow().items();
    assertEquals("{\"r\":\"code\"}", items.get(0).rubricSnapshot());
    assertEquals("{\"r\":\"star\"}", items.get(1).rubricSnapshot());
  }

  @Test
  void aDraftCanBeDiscardedOnlyWhenAnEarlierVersionExists() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1"), NOW);
    assertRefused("template.draft.only", () -> template.discardDraft(NOW));
    template.publish(bank, NOW);
    assertRefused("template.draft.none", () -> template.discardDraft(NOW));
    template.saveDraft(content("Screen 2", "q2"), LATER);
    template.discardDraft(LATER);
    assertEquals(List.of(1), numbers(template));
    assertEquals("Screen", template.title());
  }

  @Test
  void anArchivedTemplateCannotBePublished() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1"), NOW);
    template.archive(NOW);
    assertRefused("template.publish.archived", () -> template.publish(bank, NOW));
    template.restore(LATER);
    template.publish(bank, LATER);
    assertFalse(template.isArchived());
  }

  @Test
  void aCopyIsANewDraftOfTheWorkingVersion() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1"), NOW);
    template.publish(bank, NOW);
    template.saveDraft(content("Screen 2", "q1", "q2"), LATER);
    InterviewTemplate copy = template.copy("Copy of Screen 2", LATER);
    assertEquals(List.of(1), numbers(copy));
    assertEquals("Copy of Screen 2", copy.title());
    assertEquals(2, copy.working().items().size());
  }

  @Test
  void badContentIsRefusedWithTheFieldAndQuestionNumber() {
    assertRefused("template.title.required", content(" ", "q1"));
    assertRefused("template.items.none", content("Screen"));
    assertRefused("template.stage.required", withStage(content("Screen", "q1"), null));
    assertRefused("template.overall.range", withOverall(content("Screen", "q1"), 0));
    assertRefused("template.overall.range", withOverall(content("Screen", "q1"), 8 * 3600 + 1));
    assertRefused("template.overall.range", withOverall(content("Screen", "q1"), null));
    assertRefused("template.item.duplicate", content("Screen", "q1", "q2", "q1"));
    RuleViolationException zero =
        assertRefused("template.item.answer.range", withItem(new Item("q1", 0, 0, null)));
    assertArrayEquals(new Object[] {1, 1, 180}, zero.args());
    assertEquals("items", zero.field());
    assertRefused("template.item.answer.range", withItem(new Item("q1", 0, 3 * 3600 + 1, null)));
    assertRefused("template.item.prep.range", withItem(new Item("q1", -1, 60, null)));
    assertRefused("template.item.prep.range", withItem(new Item("q1", 601, 60, null)));
    assertRefused("template.item.answer.overLimit", withItem(new Item("q1", 0, 7200, null)));
    String[] many = new String[31];
    for (int i = 0; i < many.length; i++) {
      many[i] = "q" + i;
    }
    assertRefused("template.items.tooMany", content("Screen", many));
  }

  @Test
  void aRefusedEditLeavesTheDraftAsItWas() {
    InterviewTemplate template = new InterviewTemplate(content("Screen", "q1"), NOW);
    assertRefused("template.items.none", () -> template.saveDraft(content("Other"), LATER));
    assertEquals("Screen", template.working().title());
    assertEquals(1, template.working().items().size());
  }

  @Test
  void textsAreStrippedAndBlankRubricIdsMeanNone() {
    TemplateContent typed =
        new TemplateContent(
            "  Screen ",
            "  ",
            InterviewStage.APPLICATION_SCREEN,
            1800,
            " ",
            List.of(new Item("q1", 0, 300, "")));
    TemplateContent saved = new InterviewTemplate(typed, NOW).working().content();
    assertEquals("Screen", saved.title());
    assertNull(saved.instructions());
    assertNull(saved.defaultRubricId());
    assertNull(saved.items().get(0).rubricId());
  }

  private static List<Integer> numbers(InterviewTemplate template) {
    return template.versions().stream().map(TemplateVersion::number).toList();
  }

  private static TemplateContent content(String title, String... questionIds) {
    List<Item> items = new java.util.ArrayList<>();
    for (String id : questionIds) {
      items.add(new Item(id, 30, 300, null));
    }
    return new TemplateContent(
        title, "Be concise.", InterviewStage.TECHNICAL_SCREEN, 3600, "star", items);
  }

  private static TemplateContent withDefaultRubric(TemplateContent c, String rubricId) {
    return new TemplateContent(
        c.title(), c.instructions(), c.stage(), c.overallSeconds(), rubricId, c.items());
  }

  private static TemplateContent withStage(TemplateContent c, InterviewStage stage) {
    return new TemplateContent(
        c.title(), c.instructions(), stage, c.overallSeconds(), c.defaultRubricId(), c.items());
  }

  private static TemplateContent withOverall(TemplateContent c, Integer seconds) {
    return new TemplateContent(
        c.title(), c.instructions(), c.stage(), seconds, c.defaultRubricId(), c.items());
  }

  private static TemplateContent withItem(Item item) {
    return new TemplateContent(
        "Screen", null, InterviewStage.TECHNICAL_SCREEN, 3600, null, List.of(item));
  }

  private static RuleViolationException assertRefused(String key, TemplateContent content) {
    return assertRefused(key, () -> new InterviewTemplate(content, NOW));
  }

  private static RuleViolationException assertRefused(String key, Runnable action) {
    RuleViolationException e = assertThrows(RuleViolationException.class, action::run);
    assertEquals(key, e.messageKey());
    return e;
  }

  private static PublishingSources.FrozenQuestion frozen(
      String id, boolean archived, boolean auto) {
    return new PublishingSources.FrozenQuestion(id, archived, auto, "{\"q\":\"" + id + "\"}");
  }

  private static final class Bank implements PublishingSources {
    final Map<String, FrozenQuestion> questions = new HashMap<>();
    final Map<String, FrozenRubric> rubrics = new HashMap<>();

    Bank() {
      for (String id : List.of("q1", "q2")) {
        questions.put(id, frozen(id, false, false));
      }
      for (int i = 0; i < 31; i++) {
        questions.putIfAbsent("q" + i, frozen("q" + i, false, false));
      }
      rubrics.put("star", new FrozenRubric("STAR", false, "{\"r\":\"star\"}"));
    }

    @Override
    public Optional<FrozenQuestion> question(String questionId) {
      return Optional.ofNullable(questions.get(questionId));
    }

    @Override
    public Optional<FrozenRubric> rubric(String rubricId) {
      return Optional.ofNullable(rubrics.get(rubricId));
    }
  }
}
