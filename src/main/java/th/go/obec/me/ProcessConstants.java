package th.go.obec.me;

/**
 * Names shared by the BPMN files, the forms, the Java beans and the tests. They are the contract
 * of ../shared/PROCESSES.md: keep them exactly. Grouped per process (catalogue section numbers);
 * names only the code or the tests use are here, not every form field. Candidate group ids are
 * {@link th.go.obec.me.identity.OfficeRole}.
 */
public final class ProcessConstants {

  // --- Process keys (catalogue sections 1-12) ---------------------------------------------------
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

  // --- Variables every process shares -----------------------------------------------------------
  /** The fiscal year in the Buddhist era (2570 = 1 Oct 2026 - 30 Sep 2027); part of every business key. */
  public static final String FISCAL_YEAR = "fiscalYear";
  public static final String ROUND = "round";
  /** A review's decision and the comment a returned step shows to the person who redoes it. */
  public static final String APPROVED = "approved";
  public static final String COMMENT = "comment";
  /** The deadline an outside office (OBEC, the regional office) gave, as "YYYY-MM-DD". */
  public static final String EXTERNAL_DEADLINE = "externalDeadline";

  // --- 1 policy-monitoring ----------------------------------------------------------------------
  public static final String ROUND_MONTH = "roundMonth";

  // --- 2 inspection-report: started by the regional office's request, a visit announced later ---
  public static final String MSG_INSPECTION_REQUESTED = "InspectionRequested";
  public static final String MSG_INSPECTION_VISIT_ANNOUNCED = "InspectionVisitAnnounced";
  public static final String REPORT_DEADLINE = "reportDeadline";
  public static final String DATA_GROUP_HEADS = "dataGroupHeads";
  public static final String VISIT_DECISION = "visitDecision";
  public static final String VISIT_DATE = "visitDate";

  // --- 3 emes-report: started by OBEC's request ---------------------------------------------------
  public static final String MSG_EMES_REQUESTED = "EmesRequested";
  public static final String EMES_SUBMISSION_DUE = "submissionDue";
  public static final String EMES_INDICATORS = "indicators";
  public static final String EMES_INCOMPLETE_INDICATORS = "incompleteIndicators";
  public static final String EMES_REVISION_NOTES = "revisionNotes";
  public static final String OWNER_OPTIONS = "ownerOptions";

  // --- 4 emenscr-report: started by OBEC's request; its deadlines are EXTERNAL_DEADLINE (projects
  // entered in eMENSCR) and q1Deadline..q4Deadline, its project list and quarter counter are
  // PROJECTS and QUARTER (action-plan-monitoring below) ------------------------------------------
  public static final String MSG_EMENSCR_REQUESTED = "EmenscrRequested";
  public static final String EMENSCR_INCOMPLETE_PROJECTS = "incompleteProjects";

  // --- 5 action-plan-monitoring (PROJECTS also 4 and 8): the projects and their owners chosen in a
  // form, the quarter of a round, the per-owner rows the round leaves behind (reportCollector) ---
  public static final String PROJECTS = "projects";
  public static final String PROJECT_OWNER_OPTIONS = "projectOwnerOptions";
  public static final String QUARTER = "quarter";
  public static final String PROGRESS_REPORTS = "progressReports";

  // --- 6 strategy-evaluation, 7 development-plan-evaluation, 8 action-plan-evaluation: the groups
  // asked for data, the per-person evaluation rows; the development plan's period ----------------
  public static final String DATA_REQUESTS = "dataRequests";
  public static final String GROUP_HEAD_OPTIONS = "groupHeadOptions";
  public static final String EVALUATION_RESULTS = "evaluationResults";
  public static final String PLAN_PERIOD = "planPeriod";
  public static final String MID_PLAN_YEAR = "midPlanYear";

  // --- 9 me-system-development: the day the durations count from --------------------------------
  public static final String DEVELOPMENT_START = "developmentStart";

  // --- 10 annual-report ---------------------------------------------------------------------------
  public static final String GROUP_HEADS = "groupHeads";
  public static final String GROUP_RESULTS = "groupResults";
  public static final String REPORT_TITLE = "reportTitle";
  public static final String REPORT_URL = "reportUrl";
  public static final String PUBLISHED_URL = "publishedUrl";

  // --- 11 fiscal-year-calendar --------------------------------------------------------------------
  public static final String START_BY_HAND = "startByHand";

  // --- 12 assigned-work ---------------------------------------------------------------------------
  public static final String SUPERVISOR = "supervisor";
  public static final String WORKER = "worker";
  public static final String WORK_DUE_DATE = "workDueDate";

  private ProcessConstants() {
  }
}
