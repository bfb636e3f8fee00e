// Camunda Forms as a Thai office writes them, in headless Debian Chromium (thai/thai-forms.js).
// Run by ThaiTasklistBrowserTest against the running application:
//   node src/test/browser/thaiforms.spec.mjs <scenario.json>
// A supervisor fills the assignment form of assigned-work: Thai validation messages, a BE date
// typed, the Thai calendar (months, Buddhist Era years, holidays), a date picked, the stored
// Christian-era date read back through REST; a staff member starts an E-MES round with a deadline
// typed in Thai digits in the start form. No Camunda 8 banner anywhere. Screenshots go to
// target/screenshots/. Prints each check; exits non-zero at the first one that fails.
import { scenario, shots, check, launchBrowser, fillLogin } from './support.mjs';

const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม',
  'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const ENGLISH_MONTHS = /January|February|March|April|June|July|August|September|October|November|December/;
const ENGLISH_FORM_TEXTS = /Field is required|Field must|Select|Search|Add new|No results/;

// Script errors of the page, printed: a failing check then says why the page did not work.
function watch(page) {
  page.on('pageerror', (error) => console.log('page error: ' + error.message));
  page.on('requestfailed', (request) => console.log('request failed: ' + request.url()));
  return page;
}

async function logIn(page, user, app = 'tasklist') {
  await page.goto(`${scenario.baseUrl}/camunda/app/${app}/default/`);
  const button = page.locator('form[name=signinForm] button[type=submit]');
  await button.waitFor({ timeout: 120000 }); // the first page of a freshly started server is slow
  await fillLogin(page, user);
  await button.click();
  await page.locator('form[name=signinForm]').waitFor({ state: 'detached' });
}

// The engine's REST API, as this person (HTTP Basic), from Node.
async function rest(user, path) {
  const response = await fetch(scenario.baseUrl + '/engine-rest' + path, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${user.id}:${user.password}`).toString('base64') }
  });
  check(response.ok, `REST GET ${path} answers (${response.status})`);
  return response.json();
}

async function noMigrationBanner(page, where) {
  await page.locator('[cam-widget-header]').first().waitFor();
  const banners = await page.locator('.ce-eol-banner').evaluateAll(
    (elements) => elements.filter((element) => element.offsetParent !== null || element.getClientRects().length > 0).length);
  const notice = await page.getByText('Camunda 8').filter({ visible: true }).count();
  check(banners === 0 && notice === 0, `no Camunda 8 migration banner in ${where}`);
}

// The form's date field: the text input flatpickr is attached to.
function dateField(scope) {
  return scope.locator('.fjs-form-field-datetime input.flatpickr-input').first();
}

let current = null;
const browser = await launchBrowser();
try {
  const supervisor = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Bangkok', viewport: { width: 1400, height: 1150 } });
  supervisor.setDefaultTimeout(60000);
  const page = watch(await supervisor.newPage());
  current = page;
  await logIn(page, scenario.supervisor);
  await noMigrationBanner(page, 'Tasklist');

  // The assignment form: a select, a required date, required texts.
  await page.goto(`${scenario.baseUrl}/camunda/app/tasklist/default/#/?task=${scenario.assign.taskId}`);
  const form = page.locator('.fjs-container').first();
  await form.waitFor();
  const date = dateField(form);
  await date.waitFor();
  await page.waitForFunction(() => {
    const input = document.querySelector('.fjs-form-field-datetime input.flatpickr-input');
    return input && input._flatpickr && input._flatpickr.meThai;
  });
  check(await date.getAttribute('placeholder') === 'วว/ดด/ปปปป', 'the date field asks for วว/ดด/ปปปป');

  // The holidays of fiscal year 2570 as the server (the holiday calendar) gives them to this person.
  const holidays = await page.evaluate(async () => {
    const response = await fetch('/api/fiscal-years/2570/holidays', { credentials: 'same-origin' });
    return { status: response.status, list: response.ok ? await response.json() : [] };
  });
  const december = holidays.list.filter((holiday) => holiday.date.startsWith('2026-12-'));
  console.log(`# /api/fiscal-years/2570/holidays answers ${holidays.status} (${holidays.list.length} holidays)`);

  // Tasklist's own picker (follow-up date): Thai month, Buddhist Era year, Thai weekdays.
  await page.getByText('กำหนดวันติดตามงาน').first().click();
  const followUp = page.locator('.uib-datepicker').first();
  await followUp.waitFor();
  const title = (await followUp.locator('.uib-title').innerText()).trim();
  const headers = (await followUp.locator('thead th small').allInnerTexts()).map((h) => h.trim()).filter(Boolean);
  check(/^[\u0E00-\u0E4F]+ 25\d\d$/.test(title) && headers.includes('อา'),
    `the follow-up date picker shows "${title}" and Thai weekdays (${headers.join(' ')})`);
  // December in that picker: its holidays marked.
  const [shownMonth, shownYear] = title.split(' ');
  const steps = (2569 * 12 + 11) - (parseInt(shownYear, 10) * 12 + THAI_MONTHS.indexOf(shownMonth));
  for (let step = 0; step < Math.abs(steps); step++) {
    await followUp.locator(steps > 0 ? '.uib-right' : '.uib-left').click();
  }
  await followUp.locator('.uib-title', { hasText: 'ธันวาคม 2569' }).waitFor();
  const markedDays = (await followUp.locator('td.me-holiday span:not(.text-muted)').allInnerTexts())
    .map((day) => parseInt(day, 10));
  const expectedDays = december.map((holiday) => parseInt(holiday.date.slice(8), 10));
  check(markedDays.length === expectedDays.length && expectedDays.every((day) => markedDays.includes(day)),
    `the follow-up picker marks December's holidays (${markedDays.join(', ') || 'none'})`);
  await page.screenshot({ path: `${shots}/14-follow-up-picker.png` });
  await page.keyboard.press('Escape');
  await followUp.waitFor({ state: 'hidden' });
  check(await form.locator('.fjs-select-display, .fjs-input-group', { hasText: 'เลือก' }).count() > 0,
    'the select says "เลือก"');

  // Submitting the empty form: form-js's messages in Thai.
  await page.locator('button', { hasText: 'ส่งงาน' }).first().click();
  await form.locator('.fjs-form-field-error').first().waitFor();
  const errors = await form.locator('.fjs-form-field-error').allInnerTexts();
  check(errors.length >= 3 && errors.every((error) => error.includes('กรุณากรอกช่องนี้')),
    `required fields say "กรุณากรอกช่องนี้" (${errors.length} fields)`);
  check(!ENGLISH_FORM_TEXTS.test(await form.innerText()), 'no English form-js text in the form');
  await page.screenshot({ path: `${shots}/10-form-thai-messages.png` });

  await form.getByLabel('รายละเอียดงาน').fill(scenario.assign.description);
  await form.locator('.fjs-form-field-select .fjs-input-group').first().click();
  await form.locator('.fjs-dropdownlist-item', { hasText: scenario.assign.workerName }).first().click();
  check(true, `the worker "${scenario.assign.workerName}" is chosen`);

  // A Buddhist Era date typed with Arabic digits.
  await date.click();
  await date.fill('31/12/2569');
  await date.press('Tab');
  await page.waitForFunction(() => document.querySelector('.fjs-form-field-datetime input.flatpickr-input').value === '31 ธ.ค. 2569');
  check(true, 'typed 31/12/2569 reads "31 ธ.ค. 2569"');

  // The calendar: Thai months and weekdays, the Buddhist Era year.
  await date.click();
  const calendar = form.locator('.flatpickr-calendar.open').first();
  await calendar.waitFor();
  const month = async () => calendar.locator('.flatpickr-monthDropdown-months').evaluate((s) => s.options[s.selectedIndex].text);
  const year = async () => calendar.locator('input.cur-year').inputValue();
  check(await month() === 'ธันวาคม' && await year() === '2569', 'the calendar shows ธันวาคม 2569');
  const weekdays = await calendar.locator('.flatpickr-weekday').allInnerTexts();
  check(weekdays.map((w) => w.trim()).join(' ') === 'อา จ อ พ พฤ ศ ส', `Thai weekdays (${weekdays.map((w) => w.trim()).join(' ')})`);
  check(!ENGLISH_MONTHS.test(await calendar.innerText()), 'no English month name in the calendar');

  // December 2569's holidays (fiscal year 2570), marked in the calendar.
  const marked = await calendar.locator('.flatpickr-day.me-holiday:not(.prevMonthDay):not(.nextMonthDay)')
    .evaluateAll((days) => days.map((day) => `${day.textContent.trim()} ${day.title}`));
  if (holidays.status === 200) {
    const expected = december.map((holiday) => `${parseInt(holiday.date.slice(8), 10)} ${holiday.name}`);
    check(december.length > 0 && expected.every((line) => marked.some((mark) => mark.startsWith(line.split(' ')[0] + ' ') && mark.includes(line.slice(line.indexOf(' ') + 1)))),
      `December's holidays are marked with their names (${marked.join('; ')})`);
    check((await calendar.locator('.me-holiday-list').innerText()).includes(december[0].name),
      'the month\'s holidays are listed under the calendar');
  } else {
    check(marked.length === 0, `holiday endpoint answers ${holidays.status}: no day is marked, the picker works without it`);
  }
  await page.screenshot({ path: `${shots}/11-form-thai-calendar.png` });

  // Next month: January 2570; pick the 15th.
  await calendar.locator('.flatpickr-next-month').click();
  check(await month() === 'มกราคม' && await year() === '2570', 'the next month is มกราคม 2570');
  await calendar.locator('.flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)', { hasText: /^15$/ }).click();
  await page.waitForFunction(() => document.querySelector('.fjs-form-field-datetime input.flatpickr-input').value === '15 ม.ค. 2570');
  check(true, 'picking 15 in the calendar reads "15 ม.ค. 2570"');
  await page.screenshot({ path: `${shots}/12-form-thai-date-picked.png` });

  await page.locator('button', { hasText: 'ส่งงาน' }).first().click();
  await form.waitFor({ state: 'detached' });
  check(true, 'the assignment is sent ("ส่งงาน")');
  const stored = await rest(scenario.supervisor,
    `/history/variable-instance?processInstanceId=${scenario.assign.processInstanceId}&variableName=workDueDate`);
  check(stored.length === 1 && stored[0].value === '2027-01-15',
    `the server stored the Christian-era date ${stored.length && stored[0].value} (15 ม.ค. 2570)`);
  await supervisor.close();

  // A start form: an E-MES round with OBEC's deadline typed in Thai digits.
  const staff = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1400, height: 1000 } });
  staff.setDefaultTimeout(60000);
  const start = watch(await staff.newPage());
  current = start;
  await logIn(start, scenario.staff);
  await start.getByText('เริ่มกระบวนการ').first().click();
  await start.locator('.modal-content a', { hasText: 'E-MES' }).first().click();
  const startForm = start.locator('.modal-content .fjs-container').first();
  await startForm.waitFor();
  await noMigrationBanner(start, 'the start dialog');
  await startForm.getByLabel('ปีงบประมาณ (พ.ศ.)').fill('2570');
  await startForm.getByLabel('รอบการรายงาน').fill(scenario.emes.round);
  const deadline = dateField(startForm);
  await deadline.click();
  await deadline.fill('๓๐/๐๙/๒๕๗๐');
  await deadline.press('Tab');
  await start.waitForFunction(() => document.querySelector('.modal-content .fjs-form-field-datetime input.flatpickr-input').value === '30 ก.ย. 2570');
  check(true, 'typed ๓๐/๐๙/๒๕๗๐ in the start form reads "30 ก.ย. 2570"');
  await start.screenshot({ path: `${shots}/13-start-form-thai-digits.png` });
  await start.locator('.modal-content button[ng-click="startProcessInstance()"]').click();
  await start.locator('.modal-content').waitFor({ state: 'detached' });
  // Read as the administrator: staff see tasks, not process instances.
  const instances = await rest(scenario.admin,
    `/process-instance?processDefinitionKey=emes-report&businessKey=${encodeURIComponent(scenario.emes.businessKey)}`);
  check(instances.length === 1, `the E-MES round ${scenario.emes.businessKey} is started`);
  const variable = await rest(scenario.admin, `/process-instance/${instances[0].id}/variables/externalDeadline`);
  check(variable.value === '2027-09-30', `the server stored the deadline ${variable.value} (30 ก.ย. 2570)`);
  await staff.close();

  // The administrator still finds Camunda's notice in Admin.
  const administrator = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1400, height: 900 } });
  administrator.setDefaultTimeout(60000);
  const admin = watch(await administrator.newPage());
  current = admin;
  await logIn(admin, scenario.admin, 'admin');
  const notice = admin.locator('.ce-eol-banner').first();
  await notice.waitFor({ state: 'visible' });
  check((await notice.innerText()).includes('Camunda 8'), 'Admin still shows the Camunda 8 notice to the administrator');
  await administrator.close();
  console.log('all checks passed');
} catch (failure) {
  if (current) {
    await current.screenshot({ path: `${shots}/98-forms-failure.png`, fullPage: true }).catch(() => {});
  }
  throw failure;
} finally {
  await browser.close();
}
