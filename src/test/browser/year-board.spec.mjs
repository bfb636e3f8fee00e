// The director's look at the fiscal year in Cockpit, in headless Debian Chromium. Run by
// YearBoardBrowserTest against the running application:
//   node src/test/browser/year-board.spec.mjs <scenario.json>
// The director logs in to Cockpit, finds the board on the dashboard, opens it (#/year-board): the
// current fiscal year, the current month marked, a step done late and one overdue marked; he
// downloads the workbook, looks at the workload and an instance's history, prints, and clicks
// through to the instance in Cockpit. Screenshots go to target/screenshots/.
import { scenario, shots, check, launchBrowser, fillLogin } from './support.mjs';

let current = null;
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', acceptDownloads: true,
    viewport: { width: 1600, height: 1000 } });
  context.setDefaultTimeout(60000);
  const page = await context.newPage();
  current = page;
  page.on('pageerror', error => console.log('page error: ' + error.message));

  // A busy machine can make Cockpit's module loader give up on its first load (a blank page):
  // load it again then, as a person would.
  const button = page.locator('form[name=signinForm] button[type=submit]');
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${scenario.baseUrl}/camunda/app/cockpit/default/`);
    try {
      await button.waitFor({ timeout: 60000 });
      break;
    } catch (blank) {
      if (attempt === 3) throw blank;
      console.log('Cockpit did not load, reloading');
    }
  }
  await fillLogin(page, scenario.director);
  await button.click();
  await page.locator('form[name=signinForm]').waitFor({ state: 'detached' });

  // the dashboard: this year's counts and the way to the board
  const dashboard = page.locator('[data-testid=year-board-dashboard]');
  await dashboard.getByText('เปิดตารางงานทั้งปี').waitFor({ timeout: 90000 });
  check((await dashboard.innerText()).includes('ภาพรวมงานปีงบประมาณ ' + scenario.fiscalYear),
    `the dashboard shows fiscal year ${scenario.fiscalYear}`);
  check((await dashboard.innerText()).includes('เกินกำหนด 1'), 'the dashboard counts the overdue step');
  await page.screenshot({ path: `${shots}/10-cockpit-dashboard-year.png` });
  check(await page.locator('a[href="#/year-board"]').first().isVisible(), 'the navigation offers "ภาพรวมปีงบประมาณ"');

  // the board: the year, the months, the late and overdue steps, who holds them
  await dashboard.getByText('เปิดตารางงานทั้งปี').click();
  const board = page.locator('[data-testid=year-board]');
  await board.locator('table.me-board-grid').waitFor();
  check((await board.locator('h2').innerText()).includes(String(scenario.fiscalYear)), 'the board opens on the current fiscal year');
  check(await board.locator('select.me-board-year').inputValue() === String(scenario.fiscalYear), 'the year selector shows the current year');
  check(await board.locator('thead th.me-now .me-now-label').count() === 1, 'the current month is marked ("เดือนนี้")');
  const rows = await board.locator('tr.me-process-row').count();
  check(rows === 12, `every catalogue process has a row (${rows})`);

  const late = board.locator(`tr[data-instance="${scenario.lateInstance}"] [data-state=done-late]`);
  check(await late.count() >= 1, 'the step done late is marked (เสร็จล่าช้า)');
  const overdue = board.locator(`tr[data-instance="${scenario.overdueInstance}"] [data-state=overdue]`);
  check(await overdue.count() === 1, 'the overdue step is marked (เกินกำหนด)');
  check((await overdue.innerText()).includes(scenario.overdueHolder), `the overdue step shows who holds it (${scenario.overdueHolder})`);
  check(await board.locator('[data-process=action-plan-evaluation]').count() === 1
    && await board.locator('.me-start-marker').count() >= 1, 'work not started yet shows where it should start (▶ ควรเริ่ม)');
  await page.screenshot({ path: `${shots}/11-year-board.png`, fullPage: true });

  // the workbook
  const [download] = await Promise.all([page.waitForEvent('download'), board.getByText('ดาวน์โหลด Excel').click()]);
  check(download.suggestedFilename() === `fiscal-year-${scenario.fiscalYear}.xlsx`, `the workbook downloads (${download.suggestedFilename()})`);

  // a printable page
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${shots}/12-year-board-print.png`, fullPage: true });
  check(!(await page.locator('.me-board-tools').isVisible()), 'the printed page leaves out the buttons');
  await page.pdf({ path: `${shots}/12-year-board-print.pdf`, landscape: true, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });

  // workload and history
  await board.getByRole('button', { name: 'ภาระงานรายบุคคล' }).click();
  await board.locator('table.me-board-table').waitFor();
  check((await board.innerText()).includes(scenario.overdueHolder), 'the workload lists the person with overdue work');
  await page.screenshot({ path: `${shots}/13-year-board-workload.png` });
  await board.getByRole('button', { name: 'ตารางงานทั้งปี' }).click();
  await board.locator(`tr[data-instance="${scenario.lateInstance}"] .me-history-button`).click();
  await board.getByText('ล่าช้า (วัน)').waitFor();
  check((await board.innerText()).includes(scenario.lateStepName.slice(0, 20)), 'the history lists the step done late');
  await page.screenshot({ path: `${shots}/14-year-board-history.png` });

  // click through to the instance in Cockpit
  await board.getByRole('button', { name: 'ตารางงานทั้งปี' }).click();
  await board.locator(`tr[data-instance="${scenario.lateInstance}"] a.me-instance-link`).click();
  await page.waitForURL(`**/process-instance/${scenario.lateInstance}/**`);
  await page.waitForFunction(() => document.querySelectorAll('.djs-container .djs-shape').length > 3, null, { timeout: 90000 });
  check(true, 'the click opens the instance in Cockpit with its diagram');
  await page.screenshot({ path: `${shots}/15-cockpit-instance-from-board.png` });
  console.log('all checks passed');
} catch (failure) {
  if (current) {
    await current.screenshot({ path: `${shots}/99-year-board-failure.png`, fullPage: true }).catch(() => {});
  }
  throw failure;
} finally {
  await browser.close();
}
