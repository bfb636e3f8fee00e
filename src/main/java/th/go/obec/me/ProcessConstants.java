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

  // action-plan-monitoring, strategy-evaluation, development-plan-evaluation, action-plan-evaluation
  // (catalogue sections 5-8): people chosen in a form, the quarter of a monitoring round, and the
  // rows the per-person steps leave behind (reportCollector).
  public static final String PROJECTS = "projects";
  public static final String PROJECT_OWNER_OPTIONS = "projectOwnerOptions";
  public static final String DATA_REQUESTS = "dataRequests";
  public static final String GROUP_HEAD_OPTIONS = "groupHeadOptions";
  public static final String QUARTER = "quarter";
  public static final String PROGRESS_REPORTS = "progressReports";
  public static final String EVALUATION_RESULTS = "evaluationResults";
  public static final String PLAN_PERIOD = "planPeriod";
  public static final String MID_PLAN_YEAR = "midPlanYear";

  // policy-monitoring (catalogue 1)
  public static final String ROUND_MONTH = "roundMonth";

  // inspection-report (catalogue 2)
  public static final String REQUESTED_AT = "requestedAt";
  public static final String REPORT_DEADLINE = "reportDeadline";
  public static final String DATA_GROUP_HEADS = "dataGroupHeads";
  public static final String GROUP_HEAD = "groupHead";
  public static final String VISIT_DECISION = "visitDecision";
  public static final String VISIT_DATE = "visitDate";

  // emes-report (catalogue section 3)
  public static final String EMES_SUBMISSION_DUE = "submissionDue";
  public static final String EMES_INDICATORS = "indicators";
  public static final String EMES_INCOMPLETE_INDICATORS = "incompleteIndicators";
  public static final String EMES_REVISION_NOTES = "revisionNotes";
  public static final String OWNER_OPTIONS = "ownerOptions";

  // emenscr-report (catalogue section 4): OBEC's deadlines are externalDeadline (projects entered
  // in eMENSCR) and q1Deadline..q4Deadline (each quarter's progress report); its project list and
  // quarter counter are PROJECTS and QUARTER above
  public static final String EMENSCR_ENTRY_DUE = "entryDue";
  public static final String EMENSCR_QUARTER_REPORTS = "quarterReports";
  public static final String EMENSCR_INCOMPLETE_PROJECTS = "incompleteProjects";
  // annual-report (catalogue 10)
  public static final String GROUP_HEADS = "groupHeads";
  public static final String GROUP_RESULTS = "groupResults";
  public static final String REPORT_TITLE = "reportTitle";
  public static final String REPORT_URL = "reportUrl";
  public static final String PUBLISHED_URL = "publishedUrl";

  // me-system-development (catalogue 9): the day the durations count from
  public static final String DEVELOPMENT_START = "developmentStart";

  // fiscal-year-calendar (catalogue 11)
  public static final String PLANNED_AT = "plannedAt";
  public static final String START_BY_HAND = "startByHand";

  // assigned-work (catalogue 12)
  public static final String SUPERVISOR = "supervisor";
  public static final String WORKER = "worker";
  public static final String WORK_DUE_DATE = "workDueDate";

  private ProcessConstants() {
  }
}
