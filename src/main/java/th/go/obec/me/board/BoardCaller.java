package th.go.obec.me.board;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.identity.OrganizationProperties;

/**
 * Who calls the board's API. {@code web/ApiAuthentication} has already authenticated the request
 * (the web apps' session, as the board page in Cockpit calls it, or HTTP Basic) and set that person
 * as the engine's current authentication; here only the supervisors and the administrators pass.
 */
@Component
public class BoardCaller {

  private final IdentityService identityService;
  private final OrganizationProperties organization;

  public BoardCaller(@Lazy IdentityService identityService, OrganizationProperties organization) {
    this.identityService = identityService;
    this.organization = organization;
  }

  /** A caller the board answers: authenticated, and a supervisor or an administrator. */
  public record Caller(String userId, List<String> groupIds) {
  }

  public Caller require() {
    Authentication current = identityService.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      throw new BoardRefusedException(HttpStatus.UNAUTHORIZED, "กรุณาเข้าสู่ระบบ / authentication required");
    }
    List<String> groups = current.getGroupIds() == null ? List.of() : List.copyOf(current.getGroupIds());
    boolean allowed = groups.contains(OfficeRole.CAMUNDA_ADMIN) || groups.stream().anyMatch(organization.supervisors()::contains);
    if (!allowed) {
      throw new BoardRefusedException(HttpStatus.FORBIDDEN,
          "ภาพรวมปีงบประมาณเปิดให้ผู้อำนวยการสำนักงานเขตพื้นที่ ผู้อำนวยการกลุ่มนโยบายและแผน และผู้ดูแลระบบเท่านั้น"
              + " / only the director, the head of planning and administrators may read the board");
    }
    return new Caller(current.getUserId(), groups);
  }
}
