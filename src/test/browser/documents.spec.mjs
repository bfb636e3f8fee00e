// The documents panel in Tasklist, in headless Debian Chromium. Run by DocumentsBrowserTest:
//   node src/test/browser/documents.spec.mjs <scenario.json>
// A staff member opens the memo step of annual-report, attaches a Thai-named PDF with the button
// and a text file by drag and drop, sees them listed with name, who, when and step, removes one,
// and completes the step; the director opens the signing step, sees the file (and the memo the
// process wrote) and downloads it byte for byte. Screenshots go to target/screenshots/.
import { readFileSync } from 'node:fs';
import { scenario, shots, check, launchBrowser, fillLogin } from './support.mjs';

async function logIn(page, user) {
  const button = page.locator('form[name=signinForm] button[type=submit]');
  // On a busy machine RequireJS may give up loading Tasklist's own plugins (7 s): load again.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${scenario.baseUrl}/camunda/app/tasklist/default/`);
    try {
      await button.waitFor({ timeout: 40000 });
      break;
    } catch (notYet) {
      if (attempt === 3) throw notYet;
      console.log(`Tasklist did not start (attempt ${attempt}): loading it again`);
    }
  }
  await fillLogin(page, user);
  await button.click();
  await page.locator('form[name=signinForm]').waitFor({ state: 'detached' });
}

async function openDocuments(page, taskId) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${scenario.baseUrl}/camunda/app/tasklist/default/#/?task=${taskId}`);
    try {
      await page.locator('.task-details').first().waitFor({ timeout: 40000 });
      break;
    } catch (notYet) {
      if (attempt === 3) throw notYet;
      console.log(`the task did not open (attempt ${attempt}): loading Tasklist again`);
    }
  }
  await page.locator('.task-details a', { hasText: 'เอกสาร' }).first().click();
  const panel = page.locator('.me-documents').first();
  await panel.waitFor();
  return panel;
}

function basic(user) {
  return 'Basic ' + Buffer.from(`${user.id}:${user.password}`).toString('base64');
}

let current = null;
const browser = await launchBrowser();
try {
  const pdf = readFileSync(scenario.pdf.path);
  const staff = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1400, height: 900 } });
  staff.setDefaultTimeout(60000);
  const page = await staff.newPage();
  page.on('pageerror', e => console.log('page error: ' + e.message));
  current = page;
  await logIn(page, scenario.staff);
  let panel = await openDocuments(page, scenario.draftTaskId);
  await panel.getByText('ลากไฟล์มาวางที่นี่').waitFor();
  check(true, 'the task has a documents tab ("เอกสาร") with a drop zone in Thai');

  await panel.locator('input.me-documents-input').setInputFiles({ name: scenario.pdf.name, mimeType: 'application/pdf', buffer: pdf });
  await panel.locator('a.me-documents-name', { hasText: scenario.pdf.name }).waitFor();
  check(true, `the PDF "${scenario.pdf.name}" is uploaded with the button and listed`);

  // Drag and drop: a file dropped on the zone, as from the desktop.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['บันทึกการประสานงานกับกลุ่มต่าง ๆ'], 'บันทึกการประสาน.txt', { type: 'text/plain' }));
    const zone = document.querySelector('.me-documents-drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await panel.locator('a.me-documents-name', { hasText: 'บันทึกการประสาน.txt' }).waitFor();
  check(true, 'a text file dropped on the zone is uploaded and listed');

  const row = panel.locator('tr', { hasText: scenario.pdf.name });
  check((await row.innerText()).includes(scenario.staff.name), `the list says who attached it (${scenario.staff.name})`);
  check((await row.innerText()).includes(scenario.draftTaskName.slice(0, 20)), 'the list names the step');
  check(/๒๕\d\d|25\d\d/.test(await row.innerText()), 'the list says when (Thai date, Buddhist Era)');

  // A program renamed to .pdf is refused with a Thai message.
  await panel.locator('input.me-documents-input').setInputFiles({ name: 'โปรแกรม.pdf', mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(400)]) });
  await panel.locator('.me-documents-status', { hasText: 'ไม่รับไฟล์ชนิดนี้' }).waitFor();
  check(true, 'a program renamed to .pdf is refused: "ไม่รับไฟล์ชนิดนี้"');

  const remove = panel.locator('tr', { hasText: 'บันทึกการประสาน.txt' }).locator('button.me-documents-remove');
  await remove.click();
  await panel.locator('button.me-documents-remove', { hasText: 'ยืนยันการลบ' }).click();
  await panel.locator('a.me-documents-name', { hasText: 'บันทึกการประสาน.txt' }).waitFor({ state: 'detached' });
  check(true, 'the staff member removes their own upload before completing the step');
  await page.screenshot({ path: `${shots}/10-documents-panel-staff.png` });

  // The staff member completes the step (its form's fields) through the REST API.
  const submitted = await fetch(`${scenario.baseUrl}/engine-rest/task/${scenario.draftTaskId}/submit-form`, {
    method: 'POST',
    headers: { Authorization: basic(scenario.staff), 'Content-Type': 'application/json' },
    body: JSON.stringify({ variables: scenario.draftVariables })
  });
  check(submitted.status === 204, `the step is completed (${submitted.status})`);
  await staff.close();

  const director = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  director.setDefaultTimeout(60000);
  const next = await director.newPage();
  current = next;
  const found = await fetch(`${scenario.baseUrl}/engine-rest/task?processInstanceId=${scenario.processInstanceId}`,
    { headers: { Authorization: basic(scenario.director) } }).then(r => r.json());
  check(found.length === 1, `the director has the next step "${found[0] && found[0].name}"`);
  await logIn(next, scenario.director);
  panel = await openDocuments(next, found[0].id);
  const link = panel.locator('a.me-documents-name', { hasText: scenario.pdf.name });
  await link.waitFor();
  check(true, 'the next step\'s person sees the staff\'s PDF');
  await panel.locator('a.me-documents-name', { hasText: 'บันทึกข้อความ' }).first().waitFor();
  check(true, 'and the memo the process wrote (บันทึกข้อความ … .pdf)');
  check(await panel.locator('button.me-documents-remove').count() === 0, 'the director cannot remove others\' files');
  await next.screenshot({ path: `${shots}/11-documents-panel-director.png` });

  const [download] = await Promise.all([next.waitForEvent('download'), link.click()]);
  const downloaded = readFileSync(await download.path());
  check(download.suggestedFilename() === scenario.pdf.name, `the download keeps the Thai name "${download.suggestedFilename()}"`);
  check(Buffer.compare(downloaded, pdf) === 0, `the download is the same ${pdf.length} bytes`);
  console.log('all checks passed');
} catch (failure) {
  if (current) {
    await current.screenshot({ path: `${shots}/99-documents-failure.png`, fullPage: true }).catch(() => {});
  }
  throw failure;
} finally {
  await browser.close();
}
