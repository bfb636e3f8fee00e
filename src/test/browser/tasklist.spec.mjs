// A staff member's day in the Thai Tasklist and the director's look at Cockpit, in headless
// Debian Chromium. Run by ThaiTasklistBrowserTest against the running application:
//   node src/test/browser/tasklist.spec.mjs <scenario.json>
// The scenario names the server, the people, the task and the form's answers; screenshots go to
// target/screenshots/. Prints each check; exits non-zero at the first one that fails.
import { scenario, shots, check, launchBrowser, fillLogin } from './support.mjs';

async function logIn(page, app, user) {
  await page.goto(`${scenario.baseUrl}/camunda/app/${app}/default/`);
  const button = page.locator('form[name=signinForm] button[type=submit]');
  await button.waitFor({ timeout: 120000 }); // the first page of a freshly started, busy server is slow
  check((await button.innerText()).includes('เข้าสู่ระบบ'), `${app} login page is in Thai ("เข้าสู่ระบบ")`);
  await fillLogin(page, user);
  await button.click();
  await page.locator('form[name=signinForm]').waitFor({ state: 'detached' });
}

// The page in use, for a screenshot of what was on screen when a check failed.
let current = null;

const browser = await launchBrowser();
try {
  // An English browser still gets Thai: Thai is the office's default.
  const staff = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Bangkok', viewport: { width: 1400, height: 900 } });
  staff.setDefaultTimeout(60000);
  const page = await staff.newPage();
  page.on('pageerror', (error) => console.log('page error: ' + error.message));
  current = page;
  await logIn(page, 'tasklist', scenario.staff);
  await page.screenshot({ path: `${shots}/01-tasklist-filters.png` });

  for (const filter of ['งานของฉัน', 'งานของกลุ่ม', 'เกินกำหนด', 'ใกล้ครบกำหนด']) {
    await page.getByText(filter).first().waitFor();
    check(true, `filter "${filter}" is listed`);
  }
  check(await page.getByText('เริ่มกระบวนการ').first().isVisible(), 'header is in Thai ("เริ่มกระบวนการ")');
  check(await page.getByText('ไทย', { exact: true }).isVisible(), 'the language switch is shown');
  const thaiFont = await page.evaluate(() => document.fonts.check('16px Sarabun', 'ภาษาไทย'));
  check(thaiFont, 'the Sarabun web font is loaded for Thai text');

  await page.getByText('งานของกลุ่ม').first().click();
  const task = page.locator('li.task h4 a', { hasText: scenario.task.name }).first();
  await task.waitFor();
  check(true, `the group's task "${scenario.task.name}" is listed`);
  await task.click();
  await page.locator('.task-details').first().waitFor();
  await page.getByText('รับงาน', { exact: true }).first().click();
  check(true, 'the task is claimed ("รับงาน")');

  for (const [label, value] of Object.entries(scenario.task.answers)) {
    const field = page.getByLabel(label, { exact: false }).first();
    await field.waitFor();
    await field.fill(value);
  }
  check(true, `the form is filled in Thai (${Object.keys(scenario.task.answers).join(', ')})`);
  await page.screenshot({ path: `${shots}/02-tasklist-form.png`, fullPage: true });

  const complete = page.locator('button', { hasText: 'ส่งงาน' }).first();
  await complete.click();
  await task.waitFor({ state: 'detached', timeout: 60000 });
  check(true, 'the task is completed ("ส่งงาน") and leaves the list');
  await page.screenshot({ path: `${shots}/03-tasklist-completed.png` });
  await staff.close();

  // The director follows the process in Cockpit.
  const director = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1400, height: 900 } });
  director.setDefaultTimeout(60000);
  const cockpit = await director.newPage();
  await logIn(cockpit, 'cockpit', scenario.director);
  await cockpit.goto(`${scenario.baseUrl}/camunda/app/cockpit/default/#/process-definition/${scenario.processDefinitionId}/runtime`);
  current = cockpit;
  await cockpit.waitForFunction(() => document.querySelectorAll('.djs-container .djs-shape').length > 3, null,
    { timeout: 90000 });
  const shapes = await cockpit.locator('.djs-container svg .djs-shape').count();
  check(shapes > 3, `Cockpit draws the process diagram (${shapes} shapes)`);
  await cockpit.getByText(scenario.businessKey).first().waitFor({ timeout: 60000 });
  check(true, `Cockpit lists the running instance ${scenario.businessKey}`);
  await cockpit.screenshot({ path: `${shots}/04-cockpit-diagram.png` });
  console.log('all checks passed');
} catch (failure) {
  if (current) {
    await current.screenshot({ path: `${shots}/99-failure.png`, fullPage: true }).catch(() => {});
  }
  throw failure;
} finally {
  await browser.close();
}
