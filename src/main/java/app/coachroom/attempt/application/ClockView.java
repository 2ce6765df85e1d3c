package app.coachroom.attempt.application;

import app.coachroom.attempt.domain.Moment;
import app.coachroom.attempt.domain.Phase;
import java.io.Serializable;

/** The server's clock for an attempt, as the page's countdown resynchronises with it. */
public record ClockView(Phase phase, int position, long phaseSecondsLeft, long secondsLeft)
    implements Serializable {

  static ClockView of(Moment moment) {
    Phase phase = moment.phase() == Phase.TIME_UP ? Phase.SUBMITTED : moment.phase();
    return new ClockView(phase, moment.position(), moment.phaseSecondsLeft(), moment.secondsLeft());
  }
}
