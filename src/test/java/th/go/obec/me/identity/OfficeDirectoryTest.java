package th.go.obec.me.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.obec.me.support.ProcessEngineTest;

class OfficeDirectoryTest extends ProcessEngineTest {

  @Autowired
  OfficeDirectory directory;

  @Test
  void everyRoleOfTheCatalogueExistsWithItsThaiName() {
    IdentityService identity = processEngine.getIdentityService();
    for (OfficeRole role : OfficeRole.values()) {
      Group group = identity.createGroupQuery().groupId(role.id()).singleResult();
      assertThat(group).as(role.id()).isNotNull();
      assertThat(group.getName()).isEqualTo(role.thaiName());
    }
    assertThat(identity.createGroupQuery().groupId("planning-head").singleResult().getName())
        .isEqualTo("ผู้อำนวยการกลุ่มนโยบายและแผน");
  }

  @Test
  void demoOfficeHasSomeoneInEveryRole() {
    for (OfficeRole role : OfficeRole.values()) {
      assertThat(processEngine.getIdentityService().createUserQuery().memberOfGroup(role.id()).count())
          .as(role.id()).isPositive();
    }
    var somchai = processEngine.getIdentityService().createUserQuery().userId("somchai.j").singleResult();
    assertThat(somchai.getFirstName()).isEqualTo("สมชาย");
    assertThat(somchai.getLastName()).isEqualTo("ใจดี");
    assertThat(somchai.getEmail()).isEqualTo("somchai.j@esa-demo.example");
    assertThat(processEngine.getIdentityService().checkPassword("somchai.j", "test-password")).isTrue();
  }

  @Test
  void seedingAgainChangesNothing() {
    IdentityService identity = processEngine.getIdentityService();
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();

    directory.postProcessEngineBuild(processEngine);

    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
  }

  @Test
  void supervisorsOpenCockpitAndStaffOnlyTasklist() {
    AuthorizationService authorizations = processEngine.getAuthorizationService();
    assertThat(authorizations.isUserAuthorized("wichai.s", java.util.List.of("director"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizations.isUserAuthorized("somsak.p", java.util.List.of("planning-head"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizations.isUserAuthorized("somchai.j", java.util.List.of("monitoring", "me-committee"),
        Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizations.isUserAuthorized("ratana.n", java.util.List.of("finance"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
  }
}
