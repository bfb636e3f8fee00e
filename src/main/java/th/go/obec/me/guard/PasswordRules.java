package th.go.obec.me.guard;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import th.go.obec.me.rule.OfficeRuleException;

/**
 * Camunda's password policy ({@code enablePasswordPolicy}), said in Thai: a new password that
 * breaks it (an administrator creating a person in Admin, a person changing their own password
 * in their profile, the REST API) is refused with 400 and the rules it breaks, before the engine
 * would refuse it with an English 500.
 */
public class PasswordRules extends IdentityServiceImpl {

  private static final Map<String, String> THAI = Map.of(
      "PASSWORD_POLICY_LENGTH", "ยาวอย่างน้อย %s ตัวอักษร",
      "PASSWORD_POLICY_LOWERCASE", "มีอักษรอังกฤษตัวพิมพ์เล็กอย่างน้อย %s ตัว",
      "PASSWORD_POLICY_UPPERCASE", "มีอักษรอังกฤษตัวพิมพ์ใหญ่อย่างน้อย %s ตัว",
      "PASSWORD_POLICY_DIGIT", "มีตัวเลขอย่างน้อย %s ตัว",
      "PASSWORD_POLICY_SPECIAL", "มีอักขระพิเศษ (เช่น ! @ # - _) อย่างน้อย %s ตัว",
      "PASSWORD_POLICY_USER_DATA", "ไม่มีชื่อผู้ใช้ ชื่อ นามสกุล หรืออีเมลของตนอยู่ในรหัสผ่าน");

  @Override
  public void saveUser(User user) {
    saveUser(user, false);
  }

  @Override
  public void saveUser(User user, boolean skipPasswordPolicy) {
    String newPassword = user instanceof UserEntity entity && entity.hasNewPassword() ? newPasswordOf(entity) : null;
    if (!skipPasswordPolicy && newPassword != null && isPolicyOn()) {
      PasswordPolicyResult result = checkPasswordAgainstPolicy(newPassword, user);
      if (!result.isValid()) {
        throw refusal(result.getViolatedRules());
      }
    }
    super.saveUser(user, skipPasswordPolicy);
  }

  /**
   * The password being set: the entity keeps it in a protected field until it is hashed inside
   * the save command, and has no getter for it.
   */
  private static String newPasswordOf(UserEntity entity) {
    try {
      Field field = UserEntity.class.getDeclaredField("newPassword");
      field.setAccessible(true);
      return (String) field.get(entity);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // the engine still applies its own policy check, in English
      return null;
    }
  }

  private boolean isPolicyOn() {
    return getPasswordPolicy() != null;
  }

  static OfficeRuleException refusal(List<PasswordPolicyRule> violated) {
    List<String> thai = new ArrayList<>();
    List<String> english = new ArrayList<>();
    for (PasswordPolicyRule rule : violated) {
      Object value = rule.getParameters() == null || rule.getParameters().isEmpty() ? ""
          : rule.getParameters().values().iterator().next();
      thai.add(String.format(THAI.getOrDefault(rule.getPlaceholder(), rule.getPlaceholder()), value));
      english.add(rule.getPlaceholder() + (value.toString().isEmpty() ? "" : " " + value));
    }
    return OfficeRuleException.invalid("รหัสผ่านไม่เป็นไปตามนโยบาย: ต้อง" + String.join(", ", thai),
        "the password does not match the policy: " + String.join(", ", english));
  }
}
