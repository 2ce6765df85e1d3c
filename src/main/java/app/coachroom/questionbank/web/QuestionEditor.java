package app.coachroom.questionbank.web;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.questionbank.application.QuestionDetails;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.AnswerMedia;
import app.coachroom.questionbank.domain.CodingLanguage;
import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.questionbank.domain.DiagramView;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.Question;
import app.coachroom.questionbank.domain.QuestionContent;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** Backs questionbank/edit.xhtml: writes a new question, or edits one (?id=...). */
@Named
@ViewScoped
public class QuestionEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject QuestionService questions;
  @Inject CompetencyService competencies;
  @Inject Messages messages;

  private String id;
  private long version;
  private boolean loaded;
  private QuestionKind kind = QuestionKind.TECHNICAL_TEXT;
  private String title;
  private String prompt;
  private InterviewStage stage = InterviewStage.TECHNICAL_INTERVIEW;
  private Difficulty difficulty = Difficulty.MEDIUM;
  private CodingLanguage language = CodingLanguage.JAVA;
  private String starterCode;
  private String referenceSolution;
  private boolean severalCorrect;
  private final List<ChoiceRow> choices = new ArrayList<>();
  private AnswerMedia answerMedia = AnswerMedia.AUDIO;
  private List<String> competencyIds = new ArrayList<>();
  private List<CompetencyView> competencyChoices;
  private String diagramId;
  private DiagramView savedDiagram;
  private DiagramImage newDiagram;

  /** viewAction: loads the question being edited; an unknown or foreign ID gives the 404 page. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id != null) {
      QuestionDetails details = questions.find(id);
      QuestionContent content = details.content();
      version = details.version();
      kind = content.kind();
      title = content.title();
      prompt = content.prompt();
      stage = content.stage();
      difficulty = content.difficulty();
      language = content.language() == null ? CodingLanguage.JAVA : content.language();
      starterCode = content.starterCode();
      referenceSolution = content.referenceSolution();
      severalCorrect = content.severalCorrect();
      content.choices().forEach(c -> choices.add(new ChoiceRow(c.text(), c.correct())));
      answerMedia = content.answerMedia() == null ? AnswerMedia.AUDIO : content.answerMedia();
      competencyIds = new ArrayList<>(content.competencyIds());
      diagramId = content.diagramId();
      savedDiagram = diagramId == null ? null : questions.diagramView(diagramId);
    }
    // a question that becomes multiple choice starts with two empty choices to fill in
    while (choices.size() < Question.CHOICES_MIN) {
      choices.add(new ChoiceRow());
    }
  }

  public String save() {
    try {
      QuestionContent content = content();
      QuestionDetails saved =
          id == null
              ? questions.create(content, newDiagram)
              : questions.update(id, version, content, newDiagram);
      messages.flashInfo(
          id == null ? "question.created" : "question.updated", saved.content().title());
      return "/questionbank/questions?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("questionForm", e);
    } catch (OptimisticLockException e) {
      messages.error("question.conflict");
    }
    return null;
  }

  /**
   * Keeps an uploaded diagram in the page until the question is saved, after checking its content;
   * nothing is stored before then.
   */
  public void uploadDiagram(FileUploadEvent event) {
    UploadedFile upload = event.getFile();
    if (upload.getSize() > DiagramImage.MAX_BYTES) {
      messages.fieldError(
          "questionForm", new RuleViolationException("diagram", "question.diagram.tooLarge"));
      return;
    }
    try {
      newDiagram = DiagramImage.check(upload.getFileName(), upload.getContent());
    } catch (RuleViolationException e) {
      messages.fieldError("questionForm", e);
    }
  }

  /** Takes the diagram off the question (a stored one stays for templates that froze it). */
  public void removeDiagram() {
    newDiagram = null;
    diagramId = null;
    savedDiagram = null;
  }

  public boolean isHasDiagram() {
    return newDiagram != null || diagramId != null;
  }

  /** Where the page's img finds the diagram: the upload inline until saved, else the server. */
  public String getDiagramSrc() {
    if (newDiagram != null) {
      return "data:"
          + newDiagram.mediaType()
          + ";base64,"
          + Base64.getEncoder().encodeToString(newDiagram.bytes());
    }
    return diagramId == null
        ? null
        : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + DiagramResource.url(diagramId);
  }

  public String getDiagramName() {
    if (newDiagram != null) {
      return newDiagram.fileName();
    }
    return savedDiagram == null ? null : savedDiagram.fileName();
  }

  /** Size in KB, rounded up. */
  public int getDiagramKilobytes() {
    int bytes =
        newDiagram != null
            ? newDiagram.size()
            : savedDiagram == null ? 0 : savedDiagram.sizeBytes();
    return (bytes + 1023) / 1024;
  }

  public boolean isDiagramUnsaved() {
    return newDiagram != null;
  }

  public String getDiagramTypes() {
    return DiagramImage.ACCEPTED_TYPES;
  }

  public int getDiagramMaxBytes() {
    return DiagramImage.MAX_BYTES;
  }

  public void addChoice() {
    if (choices.size() < Question.CHOICES_MAX) {
      choices.add(new ChoiceRow());
    }
  }

  public void removeChoice(int index) {
    if (index >= 0 && index < choices.size()) {
      choices.remove(index);
    }
  }

  /** The active competencies, plus archived ones the question is already tagged with. */
  public List<CompetencyView> getCompetencyChoices() {
    if (competencyChoices == null) {
      competencyChoices =
          Stream.concat(
                  competencies.list(false).stream(),
                  competencies.withIds(competencyIds).stream().filter(CompetencyView::archived))
              .toList();
    }
    return competencyChoices;
  }

  private QuestionContent content() {
    return new QuestionContent(
        kind,
        title,
        prompt,
        stage,
        difficulty,
        language,
        starterCode,
        referenceSolution,
        severalCorrect,
        choices.stream().map(c -> new QuestionContent.Choice(c.getText(), c.isCorrect())).toList(),
        answerMedia,
        competencyIds,
        diagramId);
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isCanAddChoice() {
    return choices.size() < Question.CHOICES_MAX;
  }

  public QuestionKind[] getKinds() {
    return QuestionKind.values();
  }

  public InterviewStage[] getStages() {
    return InterviewStage.values();
  }

  public Difficulty[] getDifficulties() {
    return Difficulty.values();
  }

  public CodingLanguage[] getLanguages() {
    return CodingLanguage.values();
  }

  public AnswerMedia[] getAnswerMediaChoices() {
    return AnswerMedia.values();
  }

  public List<ChoiceRow> getChoices() {
    return choices;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public void setKind(QuestionKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPrompt() {
    return prompt;
  }

  public void setPrompt(String prompt) {
    this.prompt = prompt;
  }

  public InterviewStage getStage() {
    return stage;
  }

  public void setStage(InterviewStage stage) {
    this.stage = stage;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Difficulty difficulty) {
    this.difficulty = difficulty;
  }

  public CodingLanguage getLanguage() {
    return language;
  }

  public void setLanguage(CodingLanguage language) {
    this.language = language;
  }

  public String getStarterCode() {
    return starterCode;
  }

  public void setStarterCode(String starterCode) {
    this.starterCode = starterCode;
  }

  public String getReferenceSolution() {
    return referenceSolution;
  }

  public void setReferenceSolution(String referenceSolution) {
    this.referenceSolution = referenceSolution;
  }

  public boolean isSeveralCorrect() {
    return severalCorrect;
  }

  public void setSeveralCorrect(boolean severalCorrect) {
    this.severalCorrect = severalCorrect;
  }

  public AnswerMedia getAnswerMedia() {
    return answerMedia;
  }

  public void setAnswerMedia(AnswerMedia answerMedia) {
    this.answerMedia = answerMedia;
  }

  public List<String> getCompetencyIds() {
    return competencyIds;
  }

  public void setCompetencyIds(List<String> competencyIds) {
    this.competencyIds = competencyIds == null ? new ArrayList<>() : new ArrayList<>(competencyIds);
  }
}
