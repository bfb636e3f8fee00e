package th.go.obec.me.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * Where the office's people come from and what each role may do ({@code me.organization.*}).
 *
 * @param file            the organization file (YAML): {@code ORGANIZATION_FILE}
 * @param initialPassword password given to people created from the file; empty outside the demo
 *                        profile, so that real people get theirs from the administrator
 * @param starters        which groups may start each process, by process key
 * @param supervisors     groups that follow every process instance in Cockpit
 */
@Validated
@ConfigurationProperties("me.organization")
public record OrganizationProperties(
    Resource file,
    String initialPassword,
    @DefaultValue Map<String, List<@NotBlank(message = GROUPS) String>> starters,
    @DefaultValue({"director", "planning-head"}) List<@NotBlank(message = GROUPS) String> supervisors) {

  private static final String GROUPS = "ต้องระบุรหัสกลุ่ม / must name groups by id";

  public OrganizationProperties {
    starters = starters == null ? Map.of() : Map.copyOf(starters);
  }
}
