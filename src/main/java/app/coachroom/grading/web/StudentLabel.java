package app.coachroom.grading.web;

import app.coachroom.shared.web.Messages;

/** How grading pages name a student: by name, by code while grading is anonymous. */
final class StudentLabel {
  private StudentLabel() {}

  static String of(Messages messages, String name, String anonymousAs) {
    if (anonymousAs != null) {
      return messages.text("grading.anonymousStudent", anonymousAs);
    }
    return name != null ? name : messages.text("grading.unknownStudent");
  }
}
