package th.go.obec.me.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.go.obec.me.support.Dates.at;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;

import th.go.obec.me.ProcessConstants;
import th.go.obec.me.board.BoardCaller.Caller;
import th.go.obec.me.board.BoardModel.InstanceHistory;
import th.go.obec.me.board.BoardModel.InstanceRow;
import th.go.obec.me.board.BoardModel.Overview;
import th.go.obec.me.board.BoardModel.ProcessRow;
import th.go.obec.me.board.BoardModel.StepRow;
import th.go.obec.me.board.BoardModel.StepState;
import th.go.obec.me.board.BoardModel.Workload;
import th.go.obec.me.calendar.FiscalCalendar;
import th.go.obec.me.documents.Documents;
import th.go.obec.me.support.PostgresProcessEngineTest;

/**
 * The fiscal-year board on PostgreSQL with the clock moved through fiscal year 2575 (October 2031
 * to September 2032, a year no other test uses, so the counts are this test's own): a step done on
 * time, one done late, one not done at all; work not started yet placed by the calendar; the
 * REST API's 401/403/400; the workbook read back.
 */
class FiscalYearBoardPostgresTest extends PostgresProcessEngineTest {

  private static final int FY = 2575;
  private static final Caller DIRECTOR = new Caller("wichai.s", List.of("director", "executives"));

  @Autowired
  FiscalYearBoard board;

  @Autowired
  Documents documents;

  @Autowired
  WebApplicationContext web;

  @Autowired
  @Qualifier("apiAuthenticationFilter")
  FilterRegistrationBean<OncePerRequestFilter> apiAuthenticationFilter;

  MockMvc mvc;

  @BeforeEach
  void mvc() {
    // with the /api authentication the server puts in front of every request (web/ApiAuthentication)
    mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(apiAuthenticationFilter.getFilter()).build();
  }

  @Test
  void stepsTurnDoneDoneLateAndOverdueAsTheYearGoesBy() throws Exception {
    clockAt(at(2031, 10, 1, 9, 0));
    ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(
        ProcessConstants.STRATEGY_EVALUATION, Map.of(ProcessConstants.FISCAL_YEAR, FY));

    // mid-November: the first study is open, the rest of the work is ahead, March's work not started
    clockAt(at(2031, 11, 15, 10, 0));
    Overview november = board.overview(FY, DIRECTOR);
    assertThat(november.processes()).extracting(ProcessRow::key).containsExactlyElementsOf(FiscalYearBoard.CATALOGUE);
    InstanceRow strategy = instance(november, pi.getId());
    assertThat(strategy.businessKey()).isEqualTo("strategy-evaluation:" + FY);
    assertThat(step(strategy, "Task_StudyStrategyFirstHalf").state()).isEqualTo(StepState.OPEN);
    assertThat(step(strategy, "Task_StudyStrategyFirstHalf").holder()).isEqualTo("งานติดตาม ประเมินผล และรายงานผล");
    assertThat(step(strategy, "Task_StudyStrategySecondHalf").state()).isEqualTo(StepState.NOT_STARTED);
    assertThat(step(strategy, "Task_StudyStrategySecondHalf").due()).isEqualTo(fiscalCalendar.monthEnd(FY, 9));
    ProcessRow actionPlanEvaluation = process(november, ProcessConstants.ACTION_PLAN_EVALUATION);
    assertThat(actionPlanEvaluation.instances()).singleElement().satisfies(placeholder -> {
      assertThat(placeholder.id()).isNull();
      assertThat(placeholder.state()).isEqualTo("NOT_STARTED");
      assertThat(placeholder.steps()).isNotEmpty().allMatch(s -> s.state() == StepState.NOT_STARTED);
    });
    assertThat(FiscalCalendar.toZoned(actionPlanEvaluation.plannedStart()).toLocalDate())
        .isEqualTo(java.time.LocalDate.of(2032, 3, 1));

    // January: the first study is done well before its end of February
    clockAt(at(2032, 1, 15, 11, 0));
    completeAs("somchai.j", "Task_StudyStrategyFirstHalf", Map.of("studySummary", "ศึกษากลยุทธ์ครึ่งปีแรกครบ",
        "studyLink", "https://drive.example/study-1"));

    // March: the timer opens the second study, due at the end of September
    clockAt(at(2032, 3, 1, 8, 31));
    executeDueJobs();
    // 5 October: the second study is done five days late; designing the tools falls due on the 10th
    clockAt(at(2032, 10, 5, 14, 0));
    attachAs("malee.r", "Task_StudyStrategySecondHalf", "สรุปผลการศึกษาครึ่งปีหลัง.txt");
    completeAs("malee.r", "Task_StudyStrategySecondHalf", Map.of("studySummary", "ศึกษากลยุทธ์ครึ่งปีหลัง",
        "studyLink", "https://drive.example/study-2"));

    // 20 October: nobody has designed the tools
    clockAt(at(2032, 10, 20, 9, 0));
    Overview october = board.overview(FY, DIRECTOR);
    strategy = instance(october, pi.getId());
    assertThat(step(strategy, "Task_StudyStrategyFirstHalf").state()).isEqualTo(StepState.DONE);
    assertThat(step(strategy, "Task_StudyStrategyFirstHalf").assignee()).isEqualTo("somchai.j");
    assertThat(step(strategy, "Task_StudyStrategySecondHalf").state()).isEqualTo(StepState.DONE_LATE);
    assertThat(step(strategy, "Task_StudyStrategySecondHalf").holder()).isEqualTo("มาลี รักเรียน");
    assertThat(step(strategy, "Task_DesignTools").state()).isEqualTo(StepState.OVERDUE);
    ProcessRow strategyRow = process(october, ProcessConstants.STRATEGY_EVALUATION);
    assertThat(strategyRow.counts().done()).isEqualTo(1);
    assertThat(strategyRow.counts().doneLate()).isEqualTo(1);
    assertThat(strategyRow.counts().overdue()).isEqualTo(1);
    assertThat(strategyRow.counts().open()).isZero();

    // the history: who did what, when, how late, and the documents left
    InstanceHistory history = board.history(pi.getId(), DIRECTOR);
    assertThat(history.steps()).extracting(s -> s.taskDefinitionKey())
        .containsExactly("Task_StudyStrategyFirstHalf", "Task_StudyStrategySecondHalf");
    assertThat(history.steps().get(0).daysLate()).isNull();
    assertThat(history.steps().get(0).assigneeName()).isEqualTo("สมชาย ใจดี");
    assertThat(history.steps().get(0).documents()).containsExactly("https://drive.example/study-1");
    assertThat(history.steps().get(1).daysLate()).isEqualTo(5);
    assertThat(history.steps().get(0).attached()).isEmpty();
    assertThat(history.steps().get(1).attached()).singleElement().satisfies(file -> {
      assertThat(file.name()).isEqualTo("สรุปผลการศึกษาครึ่งปีหลัง.txt");
      assertThat(file.kind()).isEqualTo("evidence");
      assertThat(file.url()).isEqualTo("/api/documents/" + file.id() + "/content");
    });

    // workload: who did the year's work, what waits for whom
    List<Workload> workload = board.workload(FY, DIRECTOR);
    assertThat(workload).filteredOn(w -> "somchai.j".equals(w.userId())).singleElement()
        .satisfies(w -> assertThat(w.done()).isEqualTo(1));
    // done on 5 October 2032: work of fiscal year 2576 by its date
    assertThat(workload).noneMatch(w -> "malee.r".equals(w.userId()));
    assertThat(board.workload(FY + 1, DIRECTOR)).filteredOn(w -> "malee.r".equals(w.userId())).singleElement()
        .satisfies(w -> assertThat(w.doneLate()).isEqualTo(1));
    assertThat(workload).filteredOn(w -> w.userId() == null).singleElement()
        .satisfies(w -> assertThat(w.overdue()).isGreaterThanOrEqualTo(1));

    // the workbook, read back: a summary and a sheet per process, Thai headings, the same counts
    byte[] bytes = mvc.perform(get("/api/fiscal-years/" + FY + "/report.xlsx").header("Authorization", basic("wichai.s")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("fiscal-year-2575.xlsx")))
        .andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
      List<String> expected = new ArrayList<>(List.of(BoardWorkbook.SUMMARY_SHEET));
      expected.addAll(FiscalYearBoard.CATALOGUE);
      assertThat(sheets).containsExactlyElementsOf(expected);
      Sheet summary = workbook.getSheet(BoardWorkbook.SUMMARY_SHEET);
      assertThat(texts(summary.getRow(2))).containsExactly("กระบวนงาน", "รหัสกระบวนงาน", "จำนวนรอบ", "เริ่มตามปฏิทิน",
          "เสร็จตามกำหนด", "เสร็จล่าช้า", "กำลังดำเนินการ", "เกินกำหนด", "ยังไม่เริ่ม");
      Row strategySummary = rowOf(summary, ProcessConstants.STRATEGY_EVALUATION);
      assertThat(texts(strategySummary).subList(2, 9)).containsExactly("1", "1 ต.ค. 2574", "1", "1", "0", "1",
          String.valueOf(strategyRow.counts().notStarted()));
      Sheet steps = workbook.getSheet(ProcessConstants.STRATEGY_EVALUATION);
      assertThat(texts(steps.getRow(2))).containsExactly("รอบ (รหัสอ้างอิง)", "สถานะกระบวนงาน", "ขั้นตอน",
          "ผู้รับผิดชอบ", "วันครบกำหนด", "วันที่เสร็จ", "สถานะ");
      List<List<String>> rows = new ArrayList<>();
      for (int r = 3; r <= steps.getLastRowNum(); r++) {
        rows.add(texts(steps.getRow(r)));
      }
      assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence(
          "ศึกษา วิเคราะห์รายละเอียดตามแผนกลยุทธ์ สพฐ. (มีนาคม - กันยายน)", "มาลี รักเรียน", "30 ก.ย. 2575",
          "5 ต.ค. 2575", "เสร็จล่าช้า"));
    }
  }

  @Test
  void onlySupervisorsAndAdministratorsReadTheBoard() throws Exception {
    int current = fiscalCalendar.currentFiscalYear();
    mvc.perform(get("/api/fiscal-years/" + current + "/overview"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().exists("WWW-Authenticate"))
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("กรุณาเข้าสู่ระบบ")));
    mvc.perform(get("/api/fiscal-years/" + current + "/overview").header("Authorization", basicWith("pranee.k", "wrong")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/fiscal-years/" + current + "/overview").header("Authorization", basic("somchai.j")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("ผู้อำนวยการ")));
    mvc.perform(get("/api/fiscal-years/" + current + "/report.xlsx").header("Authorization", basic("somchai.j")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/process-instances/x/history").header("Authorization", basic("kanya.t")))
        .andExpect(status().isForbidden());
    for (String supervisor : List.of("wichai.s", "somsak.p")) {
      mvc.perform(get("/api/fiscal-years/" + current + "/overview").header("Authorization", basic(supervisor)))
          .andExpect(status().isOk())
          .andExpect(content().contentTypeCompatibleWith("application/json"))
          .andExpect(jsonPath("$.fiscalYear").value(current))
          .andExpect(jsonPath("$.processes[0].key").value(ProcessConstants.POLICY_MONITORING))
          .andExpect(jsonPath("$.processes[0].name").value(org.hamcrest.Matchers.startsWith("งานติดตาม")));
    }
    mvc.perform(get("/api/fiscal-years/" + current + "/workload").header("Authorization", basicWith("admin", "test-admin-secret")))
        .andExpect(status().isOk());
  }

  @Test
  void aCommonEraOrFarYearIsRefusedInThai() throws Exception {
    int current = fiscalCalendar.currentFiscalYear();
    int commonEra = current - FiscalCalendar.BUDDHIST_ERA_OFFSET;
    mvc.perform(get("/api/fiscal-years/" + commonEra + "/overview").header("Authorization", basic("wichai.s")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("ดูเหมือนเป็นปี ค.ศ.")));
    mvc.perform(get("/api/fiscal-years/" + (current + 30) + "/report.xlsx").header("Authorization", basic("wichai.s")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("อยู่นอกช่วงที่ดูได้")));
    mvc.perform(get("/api/fiscal-years/next/overview").header("Authorization", basic("wichai.s")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("ปีงบประมาณต้องเป็นปี พ.ศ.")));
    mvc.perform(get("/api/process-instances/no-such-instance/history").header("Authorization", basic("wichai.s")))
        .andExpect(status().isNotFound());
  }

  // --- helpers -------------------------------------------------------------------------------

  /** The person attaches a text file to the task as Tasklist's documents tab does. */
  private void attachAs(String userId, String taskKey, String fileName) {
    Task task = processEngine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
    byte[] text = "ผลการศึกษากลยุทธ์ครึ่งปีหลัง\n".getBytes(StandardCharsets.UTF_8);
    processEngine.getIdentityService().setAuthentication(userId, List.of("monitoring", "me-committee"));
    try {
      documents.upload(task.getId(), fileName, null, text.length, new ByteArrayInputStream(text));
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  private void completeAs(String userId, String taskKey, Map<String, Object> answers) {
    Task task = processEngine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
    processEngine.getTaskService().claim(task.getId(), userId);
    processEngine.getTaskService().complete(task.getId(), answers);
  }

  private static ProcessRow process(Overview overview, String key) {
    return overview.processes().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
  }

  private static InstanceRow instance(Overview overview, String id) {
    return overview.processes().stream().flatMap(p -> p.instances().stream())
        .filter(i -> id.equals(i.id())).findFirst().orElseThrow();
  }

  private static StepRow step(InstanceRow instance, String key) {
    return instance.steps().stream().filter(s -> s.taskDefinitionKey().equals(key)).findFirst().orElseThrow();
  }

  private static Row rowOf(Sheet sheet, String key) {
    for (Row row : sheet) {
      if (row.getCell(1) != null && key.equals(row.getCell(1).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + key);
  }

  private static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
    return texts;
  }

  private static String basic(String userId) {
    return basicWith(userId, "test-password");
  }

  private static String basicWith(String userId, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
