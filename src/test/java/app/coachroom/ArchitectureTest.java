package app.coachroom;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.Serializable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure the code keeps, checked on the compiled classes: features do not form cycles, the
 * shared base and the identity kernel depend on no feature, backing beans never reach the database
 * themselves, and beans kept in a view or session can be serialized (a cluster replicates them).
 */
class ArchitectureTest {
  private static final String BASE = "app.coachroom";
  private static JavaClasses app;

  @BeforeAll
  static void importApplication() {
    app =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void featuresFormNoCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(app);
  }

  @Test
  void sharedDependsOnNoOtherPackageOfTheApplication() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".shared..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(BASE + "..").and(not(resideInAPackage(BASE + ".shared.."))))
        .check(app);
  }

  @Test
  void theIdentityKernelDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".identity..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(BASE + "..")
                .and(not(resideInAnyPackage(BASE + ".identity..", BASE + ".shared.."))))
        .check(app);
  }

  @Test
  void backingBeansNeverTouchAnEntityManager() {
    noClasses()
        .that()
        .resideInAPackage("..web..")
        .or()
        .areAnnotatedWith(Named.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(EntityManagerFactory.class)
        .check(app);
  }

  @Test
  void beansKeptInAViewOrSessionAreSerializable() {
    classes()
        .that()
        .areAnnotatedWith(ViewScoped.class)
        .or()
        .areAnnotatedWith(SessionScoped.class)
        .or()
        .areAnnotatedWith(ConversationScoped.class)
        .or()
        .areAnnotatedWith(FlowScoped.class)
        .should()
        .beAssignableTo(Serializable.class)
        .check(app);
  }
}
