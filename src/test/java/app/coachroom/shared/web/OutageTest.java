package app.coachroom.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class OutageTest {

  @Test
  void unreachableServicesAnywhereInTheChainAreOutages() {
    assertThat(Outage.causedBy(new FacesException(new RuntimeException(new ConnectException()))))
        .isTrue();
    assertThat(
            Outage.causedBy(
                new SQLException("IJ031084: Unable to create connection", new ConnectException())))
        .isTrue();
    assertThat(Outage.causedBy(new SQLTransientConnectionException("pool timeout"))).isTrue();
  }

  @Test
  void bugsAreNotOutages() {
    assertThat(Outage.causedBy(new IllegalStateException("bug"))).isFalse();
    assertThat(Outage.causedBy(new SQLException("syntax error"))).isFalse();
    assertThat(Outage.causedBy(null)).isFalse();
  }
}
