package th.go.obec.me.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import th.go.obec.me.engine.Unrestricted;
import th.go.obec.me.identity.OfficeRole;
import th.go.obec.me.identity.Organization;
import th.go.obec.me.identity.OrganizationFile;
import th.go.obec.me.identity.OrganizationProperties;

/**
 * The office's memos, orders and announcements written by the process (bean {@code officeLetters},
 * called by the listener beans {@code draftLetter} and {@code signLetter} of process.common on
 * the catalogue's draft/sign pairs, with the task's {@code letterKind} and {@code letterFields}):
 * <ul>
 *   <li>{@link #draft} on the draft task: from the form's
 *       {@code <prefix>Title, Number, Date, To, Text} and the organization file's letterhead, a
 *       PDF and a DOCX attached to the process as a new version (a returned draft gives version 2,
 *       the old one is kept); {@code <prefix>DocumentId} names the PDF for the signing form;</li>
 *   <li>{@link #sign} on the signing task: when {@code approved}, the final PDF with the typed
 *       name and position of the person who completed the task and the time of approval.</li>
 * </ul>
 */
@Component("officeLetters")
public class OfficeLetters {

  private static final Logger LOG = LoggerFactory.getLogger(OfficeLetters.class);
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Documents documents;
  private final LetterPdf pdf;
  private final LetterDocx docx;
  private final OrganizationProperties organizationProperties;
  private volatile Organization organization;

  public OfficeLetters(Documents documents, LetterPdf pdf, LetterDocx docx, OrganizationProperties organizationProperties) {
    this.documents = documents;
    this.pdf = pdf;
    this.docx = docx;
    this.organizationProperties = organizationProperties;
  }

  /** Writes the draft's new version as PDF and DOCX, attached to the draft task. */
  public void draft(DelegateTask task, String kind, String prefix) {
    String origin = "ร่างจากขั้นตอน: " + task.getName();
    int version = 1 + (int) documents.documentsOf(task.getProcessInstanceId()).stream()
        .filter(d -> kind.equals(d.kind()) && origin.equals(d.description()) && "application/pdf".equals(d.contentType()))
        .count();
    OfficeLetter letter = letter(task, kind, prefix, null, version);
    String by = currentUser(task);
    Document written = documents.attach(task.getId(), task.getProcessInstanceId(), kind, letter.fileName() + ".pdf",
        origin, "application/pdf", pdf.write(letter), by);
    documents.attach(task.getId(), task.getProcessInstanceId(), kind, letter.fileName() + ".docx", origin + " (แก้ไขได้)",
        DOCX, docx.write(letter), by);
    task.getExecution().setVariable(prefix + "DocumentId", written.id());
    LOG.info("{} version {} written for process {}: {}", kind, version, task.getProcessInstanceId(), written.id());
  }

  /** On approval, writes the final PDF signed in the system by whoever completed the task. */
  public void sign(DelegateTask task, String kind, String prefix) {
    if (!Boolean.TRUE.equals(task.getVariable("approved"))) {
      return;
    }
    String approverId = currentUser(task);
    Optional<User> approver = Optional.ofNullable(approverId).map(id -> Unrestricted.query(() ->
        task.getProcessEngineServices().getIdentityService().createUserQuery().userId(id).singleResult()));
    String name = approver.map(u -> (nz(u.getFirstName()) + " " + nz(u.getLastName())).trim()).orElse(approverId);
    String position = OfficeLetter.thaiDigits(positionOf(approverId, task.getProcessEngineServices().getIdentityService()));
    LocalDateTime at = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), BANGKOK);
    OfficeLetter letter = letter(task, kind, prefix, new OfficeLetter.Approval(name, position, at), 0);
    Document signed = documents.attach(task.getId(), task.getProcessInstanceId(), kind, letter.fileName() + ".pdf",
        "ลงนามในระบบโดย " + name + " ในขั้นตอน: " + task.getName(), "application/pdf", pdf.write(letter), approverId);
    task.getExecution().setVariable(prefix + "SignedDocumentId", signed.id());
    LOG.info("{} approved by {} for process {}: {}", kind, approverId, task.getProcessInstanceId(), signed.id());
  }

  private OfficeLetter letter(DelegateTask task, String kind, String prefix, OfficeLetter.Approval approval, int version) {
    Organization office = organization();
    Organization.Signer signer = office.signer();
    return new OfficeLetter(kind,
        // Offices write numbers in Thai digits, in the letterhead as in the text.
        new OfficeLetter.Letterhead(OfficeLetter.thaiDigits(office.office()), OfficeLetter.thaiDigits(office.unit()),
            office.letterCode(), office.telephone()),
        text(task, prefix + "Title"), text(task, prefix + "Number"), date(task.getVariable(prefix + "Date")),
        Optional.ofNullable(text(task, prefix + "To")).filter(s -> !s.isBlank())
            .orElse(signer == null ? null : signer.position()),
        text(task, prefix + "Text"),
        new OfficeLetter.Signature(signer == null ? null : signer.name(),
            signer == null ? null : OfficeLetter.thaiDigits(signer.position()), approval),
        version);
  }

  private String positionOf(String userId, IdentityService identity) {
    Organization office = organization();
    Optional<String> fromFile = office.people().stream().filter(p -> p.id().equals(userId))
        .map(Organization.Person::position).filter(p -> p != null && !p.isBlank()).findFirst();
    if (fromFile.isPresent()) {
      return fromFile.get();
    }
    boolean director = userId != null && Unrestricted.query(() ->
        identity.createUserQuery().userId(userId).memberOfGroup(OfficeRole.DIRECTOR.id()).count() > 0);
    if (director && office.signer() != null) {
      return office.signer().position();
    }
    return director ? OfficeRole.DIRECTOR.thaiName() : null;
  }

  private static String currentUser(DelegateTask task) {
    String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : task.getAssignee();
  }

  private Organization organization() {
    if (organization == null) {
      organization = organizationProperties.file() == null ? new Organization(null, List.of())
          : OrganizationFile.read(organizationProperties.file());
    }
    return organization;
  }

  private static String text(DelegateTask task, String variable) {
    Object value = task.getVariable(variable);
    return value == null ? null : value.toString();
  }

  /** A form-js date ("2026-11-30"), a Date, or nothing (today). */
  static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(BANGKOK).toLocalDate();
    }
    if (value instanceof CharSequence text && text.length() >= 10) {
      try {
        return LocalDate.parse(text.subSequence(0, 10));
      } catch (java.time.format.DateTimeParseException e) {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BANGKOK);
      }
    }
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BANGKOK);
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
