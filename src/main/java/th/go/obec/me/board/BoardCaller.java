package th.go.obec.me.board;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.identity.OrganizationProperties;

/**
 * Who calls the board's API: the person logged in to the web apps (their Cockpit session, as the
 * board page in Cockpit calls it) or HTTP Basic against the engine's users (scripts, the
 * workbook downloaded with curl). Only the supervisors and the administrators may read the board.
 */
@Component
public class BoardCaller {

  private static final String ENGINE = "default";

  private final IdentityService identityService;
  private final OrganizationProperties organization;

  public BoardCaller(IdentityService identityService, OrganizationProperties organization) {
    this.identityService = identityService;
    this.organization = organization;
  }

  /** A caller the board answers: authenticated, and a supervisor or an administrator. */
  public record Caller(String userId, List<String> groupIds) {
  }

  public Caller require(HttpServletRequest request) {
    Caller caller = fromSession(request.getSession(false));
    if (caller == null) {
      caller = fromBasic(request.getHeader(HttpHeaders.AUTHORIZATION));
    }
    if (caller == null) {
      throw new BoardRefusedException(HttpStatus.UNAUTHORIZED,
          "กรุณาเข้าสู่ระบบก่อน / authentication required");
    }
    boolean allowed = caller.groupIds().contains(OfficeRole.CAMUNDA_ADMIN)
        || caller.groupIds().stream().anyMatch(organization.supervisors()::contains);
    if (!allowed) {
      throw new BoardRefusedException(HttpStatus.FORBIDDEN,
          "ภาพรวมปีงบประมาณเปิดให้ผู้อำนวยการสำนักงานเขตพื้นที่ ผู้อำนวยการกลุ่มนโยบายและแผน และผู้ดูแลระบบเท่านั้น"
              + " / only the director, the head of planning and administrators may read the board");
    }
    return caller;
  }

  private Caller fromSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
    if (authentication instanceof UserAuthentication user && user.getName() != null) {
      List<String> groups = user.getGroupIds() != null ? user.getGroupIds() : groupsOf(user.getName());
      return new Caller(user.getName(), List.copyOf(groups));
    }
    return null;
  }

  private Caller fromBasic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
      return null;
    }
    return new Caller(userId, groupsOf(userId));
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
