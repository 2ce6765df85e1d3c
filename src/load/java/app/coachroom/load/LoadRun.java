package app.coachroom.load;

import app.coachroom.devstack.AppServer;
import app.coachroom.devstack.Settings;
import app.coachroom.devstack.Stack;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The load test (mvn -Prun,load; on Payara with -Dcoachroom.server=payara): a fresh embedded
 * database, Keycloak and the app server with Coachroom, the generated data, then three Gatling runs
 * on the same server — the interview-start spike with its autosave storm, and two back-to-back
 * capacity runs (the home page, a trivial Faces page, and autosave) whose ratio survives a noisy
 * machine. Prints latency percentiles, throughput, errors, SQL statements per request and the
 * server's heap after the run, writes them to target/load/report.txt, and exits non-zero when a
 * target is missed.
 */
public final class LoadRun {
  private static final double AUTOSAVE_P95_TARGET_MS = 300;

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    Path target = Settings.path("coachroom.target");
    Path data = target.resolve("load-data");
    Path out = target.resolve("load");
    deleteTree(data);
    deleteTree(out);
    Files.createDirectories(out);
    // every knob can also come from the environment (LOAD_STUDENTS=...): Maven does not pass -D on
    for (String knob :
        List.of(
            "load.students",
            "load.pastInterviews",
            "load.loginSeconds",
            "load.startSeconds",
            "load.saves",
            "load.concurrency",
            "load.graders",
            "load.capacitySeconds")) {
      Settings.get(knob).ifPresent(v -> System.setProperty(knob, v));
    }
    int students = Integer.getInteger("load.students", 300);
    int past = Integer.getInteger("load.pastInterviews", 70);
    // the simulations read them too
    System.setProperty("load.students", String.valueOf(students));
    System.setProperty("load.pastInterviews", String.valueOf(past));
    System.setProperty("gatling.data.enableAnalytics", "false");

    Report report = new Report();
    Stack stack = Stack.start(data);
    AppServer server = null;
    LoadData loadData = new LoadData(stack.directDatabase());
    boolean usersMade = false;
    boolean missed;
    try {
      long t0 = System.nanoTime();
      server = AppServer.start(stack.directServerProperties(), target, "load-");
      System.out.printf("[load] %s up in %d s%n", server.name(), seconds(t0));

      long t1 = System.nanoTime();
      usersMade = true;
      loadData.createUsers(students);
      loadData.seedDatabase(students, past);
      String assignment = loadData.practiceAssignment();
      System.setProperty("load.assignment", assignment);
      report.line("Data: %d load students in Keycloak and on the demo cohort's roster", students);
      report.line("      %s (generated in %d s)", loadData.volume(), seconds(t1));
      report.line(
          "Server: %s, %s; database MySQL 8.0.31 (embedded); Keycloak on the same machine",
          server.name(), jvmSummary(server.jvm()));
      report.line("Machine: %d cores, %s", Runtime.getRuntime().availableProcessors(), os());
      report.line("");

      Phase spike = run(InterviewSpike.class, out, loadData);
      report.phase("Interview start spike and autosave storm", spike);
      Phase home = run(HomePageCapacity.class, out, loadData);
      report.phase("Capacity: home page (trivial Faces page), back to back", home);
      Phase save = run(AutosaveCapacity.class, out, loadData);
      report.phase("Capacity: autosave, back to back", save);
      Phase grading = run(GradingCapacity.class, out, loadData);
      report.phase(
          String.format(
              "Grading: %d coach sessions, queue page then a review screen, back to back",
              GradingCapacity.GRADERS),
          grading);

      double homeRate = home.stats.of("home page").rate();
      double saveRate = save.stats.of("autosave, back to back").rate();
      report.line(
          "Ratio autosave / home page throughput, %d concurrent students each: %.1f / %.1f req/s = %.2f",
          HomePageCapacity.CONCURRENCY, saveRate, homeRate, saveRate / homeRate);
      report.line("Server heap after the run and a full GC: %s", heapAfterGc(server.jvm()));

      Latencies.Figures autosave = spike.stats.of("autosave");
      double p95 = autosave.count() == 0 ? Double.NaN : autosave.p95();
      long errors =
          spike.stats.errors() + home.stats.errors() + save.stats.errors() + grading.stats.errors();
      report.line("");
      report.line(
          "Target p95 autosave < %.0f ms at %d students: %s (%.0f ms)",
          AUTOSAVE_P95_TARGET_MS, students, p95 < AUTOSAVE_P95_TARGET_MS ? "met" : "MISSED", p95);
      long planned = (long) students * Integer.getInteger("load.saves", 36);
      report.line("Autosaves made: %d of %d planned", autosave.count(), planned);
      report.line("Target zero errors: %s (%d)", errors == 0 ? "met" : "MISSED", errors);
      report.write(out.resolve("report.txt"));
      System.out.println(report);
      System.out.println(
          "[load] report: " + out.resolve("report.txt") + "; Gatling's HTML: " + out);
      missed = errors > 0 || autosave.count() < planned || !(p95 < AUTOSAVE_P95_TARGET_MS);
    } finally {
      if (usersMade) {
        try {
          loadData.removeUsers();
        } catch (Exception e) {
          System.err.println("[load] could not remove the load students from Keycloak: " + e);
        }
      }
      if (server != null) {
        server.close();
      }
      stack.close();
    }
    // Gatling leaves threads behind
    System.exit(missed ? 1 : 0);
  }

  /** One Gatling run, with the database's statement counter read before and after. */
  private static Phase run(Class<?> simulation, Path out, LoadData data) throws Exception {
    long before = statements(data);
    long t0 = System.nanoTime();
    Latencies.reset();
    int status =
        Gatling$.MODULE$.fromArgs(
            new String[] {
              "--simulation", simulation.getName(), "--results-folder", out.toString()
            });
    long after = statements(data);
    Latencies.Snapshot stats = Latencies.snapshot();
    if (status != 0) {
      System.err.println("[load] Gatling ended " + simulation.getSimpleName() + " with " + status);
    }
    return new Phase(stats, after - before, seconds(t0));
  }

  /** Statements the server sent to the database so far (the server's Questions counter). */
  private static long statements(LoadData data) throws SQLException {
    try (Connection c = data.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show global status like 'Questions'")) {
      rs.next();
      return rs.getLong(2);
    }
  }

  private static String heapAfterGc(ProcessHandle jvm) throws IOException, InterruptedException {
    String pid = String.valueOf(jvm.pid());
    jcmd(pid, "GC.run");
    String info = jcmd(pid, "GC.heap_info");
    return info.lines()
        .map(String::trim)
        .filter(l -> l.contains("used"))
        .findFirst()
        .orElse(info.trim());
  }

  /** The JDK and the heap settings the server's JVM was started with (read whole from /proc). */
  private static String jvmSummary(ProcessHandle jvm) throws IOException {
    List<String> heap = new ArrayList<>();
    Stream.of(Files.readString(Path.of("/proc", String.valueOf(jvm.pid()), "cmdline")).split("\0"))
        .filter(x -> x.startsWith("-Xm"))
        .forEach(heap::add);
    return "JDK " + Runtime.version().feature() + ", " + String.join(" ", heap);
  }

  private static String jcmd(String pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p = new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    p.waitFor(60, TimeUnit.SECONDS);
    return output;
  }

  private static String os() {
    return System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  private static long seconds(long since) {
    return (System.nanoTime() - since) / 1_000_000_000L;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** A Gatling run's figures and the SQL statements the database saw meanwhile. */
  record Phase(Latencies.Snapshot stats, long statements, long seconds) {}

  /** The printed and saved report. */
  static final class Report {
    private final StringBuilder text = new StringBuilder();

    void line(String format, Object... args) {
      text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    void phase(String title, Phase phase) {
      Latencies.Snapshot s = phase.stats();
      line("== %s (%d s)", title, phase.seconds());
      line(
          "   %-40s %7s %6s %7s %7s %7s %7s %8s",
          "request", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s");
      s.byName()
          .forEach(
              (name, f) ->
                  line(
                      "   %-40s %7d %6d %7d %7d %7d %7d %8.1f",
                      name, f.count(), f.errors(), f.p50(), f.p95(), f.p99(), f.max(), f.rate()));
      long appRequests = s.appRequests();
      line(
          "   all: %d requests, %d errors; %d SQL statements, %.1f per request to the app (sign-in"
              + " pages on Keycloak not counted)",
          s.total(),
          s.errors(),
          phase.statements(),
          appRequests == 0 ? 0.0 : phase.statements() / (double) appRequests);
      line("");
    }

    void write(Path file) throws IOException {
      Files.writeString(file, text);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
