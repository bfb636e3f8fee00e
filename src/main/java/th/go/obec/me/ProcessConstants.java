package th.go.obec.me;

/**
 * Names shared by the BPMN files, the forms, the Java beans and the tests. They are the contract
 * of ../shared/PROCESSES.md: keep them exactly.
 */
public final class ProcessConstants {

  // Process keys (catalogue sections 1-12)
  public static final String POLICY_MONITORING = "policy-monitoring";
  public static final String INSPECTION_REPORT = "inspection-report";
  public static final String EMES_REPORT = "emes-report";
  public static final String EMENSCR_REPORT = "emenscr-report";
  public static final String ACTION_PLAN_MONITORING = "action-plan-monitoring";
  public static final String STRATEGY_EVALUATION = "strategy-evaluation";
  public static final String DEVELOPMENT_PLAN_EVALUATION = "development-plan-evaluation";
  public static final String ACTION_PLAN_EVALUATION = "action-plan-evaluation";
  public static final String ME_SYSTEM_DEVELOPMENT = "me-system-development";
  public static final String ANNUAL_REPORT = "annual-report";
  public static final String FISCAL_YEAR_CALENDAR = "fiscal-year-calendar";
  public static final String ASSIGNED_WORK = "assigned-work";

  // Variables every process shares
  public static final String FISCAL_YEAR = "fiscalYear";
  public static final String ROUND = "round";
  public static final String APPROVED = "approved";
  public static final String COMMENT = "comment";
  public static final String EXTERNAL_DEADLINE = "externalDeadline";

  // Messages that start work from outside
  public static final String MSG_INSPECTION_REQUESTED = "InspectionRequested";
  public static final String MSG_INSPECTION_VISIT_ANNOUNCED = "InspectionVisitAnnounced";
  public static final String MSG_EMES_REQUESTED = "EmesRequested";
  public static final String MSG_EMENSCR_REQUESTED = "EmenscrRequested";

  // emes-report (catalogue section 3)
  public static final String EMES_SUBMISSION_DUE = "submissionDue";
  public static final String EMES_INDICATORS = "indicators";
  public static final String EMES_INCOMPLETE_INDICATORS = "incompleteIndicators";
  public static final String EMES_REVISION_NOTES = "revisionNotes";
  public static final String OWNER_OPTIONS = "ownerOptions";

  // emenscr-report (catalogue section 4): OBEC's deadlines are externalDeadline (projects entered
  // in eMENSCR) and q1Deadline..q4Deadline (each quarter's progress report)
  public static final String EMENSCR_PROJECTS = "projects";
  public static final String EMENSCR_ENTRY_DUE = "entryDue";
  public static final String EMENSCR_QUARTER = "quarter";
  public static final String EMENSCR_QUARTER_REPORTS = "quarterReports";
  public static final String EMENSCR_INCOMPLETE_PROJECTS = "incompleteProjects";

  private ProcessConstants() {
  }
}
