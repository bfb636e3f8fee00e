package th.go.obec.me.identity;

import java.util.Arrays;
import java.util.Optional;

/** The candidate groups of ../shared/PROCESSES.md "Roles": ids are the contract, names are Thai. */
public enum OfficeRole {
  MONITORING("monitoring", "งานติดตาม ประเมินผล และรายงานผล"),
  PLANNING("planning", "งานนโยบายและแผน"),
  PLANNING_HEAD("planning-head", "ผู้อำนวยการกลุ่มนโยบายและแผน"),
  DIRECTOR("director", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"),
  EXECUTIVES("executives", "คณะผู้บริหาร"),
  ME_COMMITTEE("me-committee", "คณะกรรมการ/คณะทำงานติดตามและประเมินผลระดับเขตพื้นที่การศึกษา"),
  GROUP_HEADS("group-heads", "ผู้อำนวยการกลุ่ม/หน่วยในสำนักงานเขตพื้นที่การศึกษา"),
  INDICATOR_OWNERS("indicator-owners", "ผู้รับผิดชอบตัวชี้วัด"),
  PROJECT_OWNERS("project-owners", "ผู้รับผิดชอบโครงการ"),
  FINANCE("finance", "กลุ่มบริหารงานการเงินและสินทรัพย์");

  /** Camunda's built-in administrators group, created by the starter for the admin user. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** Group type shown in Admin: these are the office's working roles. */
  public static final String GROUP_TYPE = "WORKFLOW";

  private final String id;
  private final String thaiName;

  OfficeRole(String id, String thaiName) {
    this.id = id;
    this.thaiName = thaiName;
  }

  public String id() {
    return id;
  }

  public String thaiName() {
    return thaiName;
  }

  public static Optional<OfficeRole> byId(String id) {
    return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
  }
}
