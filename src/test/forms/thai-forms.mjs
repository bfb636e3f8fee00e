#!/usr/bin/env node
// Every text form-js 1.8.7 (Tasklist's renderer) shows a person, in Thai: renders a form with each
// kind of field and each validation rule in headless Chromium together with thai/thai-forms.js
// (the script Tasklist loads), makes every message appear, and fails (exit code 1) when an English
// form-js text is left in the form's text or in its placeholders, labels and titles, when a
// message is not the expected Thai one, or when dates are not shown and read in the Buddhist Era
// (the value kept by form-js must stay ISO, Christian era).
//
// Usage: node src/test/forms/thai-forms.mjs   (CHROMIUM=/path overrides the browser; part of
// `npm run test:forms`)
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const require = createRequire(import.meta.url);
const thaiForms = join(root, 'src/main/resources/META-INF/resources/webjars/camunda/app/thai/thai-forms.js');

const schema = {
  type: 'default', id: 'thai-texts', schemaVersion: 16,
  components: [
    { type: 'textfield', key: 'short', label: 'ชื่อย่อ', id: 'f1', validate: { required: true, minLength: 5 } },
    { type: 'textfield', key: 'long', label: 'ชื่อเต็ม', id: 'f2', validate: { maxLength: 4 } },
    { type: 'textfield', key: 'code', label: 'รหัส', id: 'f3', validate: { pattern: '^[0-9]+$' } },
    { type: 'textfield', key: 'mail', label: 'อีเมล', id: 'f4', validate: { validationType: 'email' } },
    { type: 'textfield', key: 'phone', label: 'โทรศัพท์', id: 'f5', validate: { validationType: 'phone' } },
    { type: 'number', key: 'count', label: 'จำนวน', id: 'f6', validate: { min: 1, max: 100 } },
    { type: 'number', key: 'whole', label: 'จำนวนเต็ม', id: 'f7', decimalDigits: 0 },
    { type: 'textfield', key: 'needed', label: 'ต้องกรอก', id: 'f8', validate: { required: true } },
    { type: 'select', key: 'choice', label: 'เลือกผู้ปฏิบัติ', id: 'f9', searchable: true,
      values: [{ label: 'สมชาย ใจดี', value: 'somchai.j' }, { label: 'มาลี รักเรียน', value: 'malee.r' }] },
    { type: 'select', key: 'plain', label: 'ประเภท', id: 'f10',
      values: [{ label: 'ภายใน', value: 'in' }, { label: 'ภายนอก', value: 'out' }] },
    { type: 'taglist', key: 'tags', label: 'ตัวชี้วัด', id: 'f11',
      values: [{ label: 'ตัวชี้วัด 1.1', value: '1.1' }] },
    { type: 'datetime', key: 'due', subtype: 'date', dateLabel: 'กำหนดส่ง', id: 'f12', validate: { required: true } },
    { type: 'datetime', key: 'typed', subtype: 'date', dateLabel: 'วันที่พิมพ์', id: 'f13' },
    { type: 'datetime', key: 'meeting', subtype: 'datetime', dateLabel: 'วันประชุม', timeLabel: 'เวลา', use24h: true, id: 'f14' },
    { type: 'dynamiclist', path: 'rows', label: 'รายการ', id: 'f15', isRepeating: true, allowAddRemove: true,
      defaultRepetitions: 1, nonCollapsedItems: 1,
      components: [{ type: 'textfield', key: 'item', label: 'รายการย่อย', id: 'f16' }] },
    { type: 'table', label: 'ตาราง', id: 'f17', dataSource: '=tableRows', rowCount: 1,
      columns: [{ label: 'ชื่อ', key: 'name' }] }
  ]
};
const data = {
  short: 'abc', long: 'abcdefgh', code: 'x1', mail: 'not-an-address', phone: '12', count: 500, whole: 1.5,
  due: '2026-11-30',
  rows: [{ item: 'หนึ่ง' }, { item: 'สอง' }, { item: 'สาม' }],
  tableRows: [{ name: 'ก' }, { name: 'ข' }, { name: 'ค' }]
};

// What must be Thai after submitting: form-js's own English texts (not our Thai labels).
// Any Latin word is suspect: the form's own labels are Thai, and the only Latin text allowed is
// what the messages quote (the pattern, the examples of an e-mail address and a phone number).
const ALLOWED_LATIN = ['^[0-9]+$', 'name@example.go.th', 'bpmn.io'];
const english = (text) => /[A-Za-z]{2,}/.test(ALLOWED_LATIN.reduce((rest, allowed) => rest.split(allowed).join(''), text));
const EXPECTED = [
  'ต้องยาวอย่างน้อย 5 ตัวอักษร', 'ยาวได้ไม่เกิน 4 ตัวอักษร', 'รูปแบบไม่ถูกต้อง (ต้องตรงกับรูปแบบ ^[0-9]+$)',
  'กรุณากรอกอีเมลให้ถูกต้อง', 'กรุณากรอกหมายเลขโทรศัพท์แบบสากล', 'ค่าต้องไม่มากกว่า 100', 'กรุณากรอกช่องนี้',
  'กรุณากรอกทั้งวันที่และเวลา', 'เพิ่มรายการ', 'แสดงทั้งหมด (3)'
];

const problems = [];
const expect = (condition, what) => {
  console.log((condition ? 'ok - ' : 'FAILED - ') + what);
  if (!condition) problems.push(what);
};

const bundle = await build({
  stdin: { contents: `import { Form } from '@bpmn-io/form-js-viewer'; window.FormJs = { Form };`, resolveDir: root },
  bundle: true, write: false, format: 'iife', minify: false, logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' }
});
const viewerDir = dirname(require.resolve('@bpmn-io/form-js-viewer/package.json'));
const css = ['dist/assets/form-js.css', 'dist/assets/flatpickr/light.css']
  .map(f => join(viewerDir, f)).filter(existsSync).map(f => readFileSync(f, 'utf8')).join('\n');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run']
});
try {
  // An English browser, as the office's computers may be: the texts must be Thai anyway.
  const page = await browser.newPage({ locale: 'en-US', timezoneId: 'Asia/Bangkok' });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  // The holiday address does not exist here (a 404, as before the holiday calendar is merged).
  await page.setContent(`<!doctype html><html lang="th"><head><meta charset="utf-8">
    <base href="/" app-name="tasklist" app-root="/camunda"><style>${css}</style></head>
    <body><div id="form"></div></body></html>`);
  // thai-forms.js is an AMD module, as Tasklist loads it.
  await page.addScriptTag({ content: 'window.define = function (deps, factory) { window.ThaiForms = factory(); };' });
  await page.addScriptTag({ content: readFileSync(thaiForms, 'utf8') });
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  await page.evaluate(async ({ schema, data }) => {
    const container = document.createElement('div');
    container.className = 'fjs-container-host';
    document.getElementById('form').appendChild(container);
    window.form = new window.FormJs.Form({ container });
    await window.form.importSchema(schema, data);
  }, { schema, data });
  await page.waitForTimeout(300);

  // The ways a Thai office writes a date, as thai-forms.js reads them (day first, BE).
  const WRITTEN = {
    '30/11/2569': '2026-11-30', '๓๐/๑๑/๒๕๖๙': '2026-11-30', '30-11-69': '2026-11-30', '30.11.2569': '2026-11-30',
    '30 พ.ย. 2569': '2026-11-30', '30 พย 69': '2026-11-30', '30 พฤศจิกายน พ.ศ. 2569': '2026-11-30',
    '๕ ธ.ค. ๒๕๖๙': '2026-12-05', '29/02/2571': '2028-02-29', '2026-11-30': '2026-11-30', '30/11/2026': '2026-11-30',
    '29/02/2570': null, '31/04/2570': null, '11/30/2569': null, 'พรุ่งนี้': null, '': null
  };
  const read = await page.evaluate((written) => Object.keys(written).map((text) => {
    const date = window.ThaiForms.parseThaiDate(text);
    const iso = date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null;
    return [text, iso];
  }), WRITTEN);
  const misread = read.filter(([text, iso]) => WRITTEN[text] !== iso);
  expect(misread.length === 0, `${read.length} written dates read as expected${misread.length ? ': ' + misread.map(m => m.join(' -> ')).join(', ') : ''}`);

  // The date fields: Buddhist Era shown, ISO Christian era kept.
  const due = page.locator('#fjs-form-f12-date, [id$="f12-date"]').first();
  expect(await due.inputValue() === '30 พ.ย. 2569', `a stored 2026-11-30 reads "${await due.inputValue()}"`);
  const typed = page.locator('[id$="f13-date"]').first();
  await typed.click();
  await typed.fill('๓๑/๑๒/๒๕๖๙');
  await typed.press('Tab');
  await page.waitForTimeout(200);
  const stored = await page.evaluate(() => window.form._getState().data.typed);
  expect(stored === '2026-12-31' && await typed.inputValue() === '31 ธ.ค. 2569',
    `typed ๓๑/๑๒/๒๕๖๙ is kept as ${stored} and reads "${await typed.inputValue()}"`);
  await typed.click();
  await typed.fill('30/2/2570');
  await typed.press('Tab');
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.form._getState().data.typed) === null, 'an impossible date (30/2/2570) is not kept');
  await due.click();
  const calendar = page.locator('.flatpickr-calendar.open').first();
  await calendar.waitFor();
  // Read as the person sees it: Playwright's inputValue runs outside the page's scripts, so it
  // gets the box's own value (BE), not what thai-forms.js hands flatpickr (CE).
  const shown = async () => await calendar.locator('.flatpickr-monthDropdown-months').evaluate(s => s.selectedOptions[0].text)
    + ' ' + await calendar.locator('input.cur-year').inputValue();
  const header = await shown();
  expect(header === 'พฤศจิกายน 2569', `the calendar opens on "${header}"`);
  await calendar.locator('.flatpickr-next-month').click();
  await calendar.locator('.flatpickr-next-month').click();
  const later = await shown();
  expect(later === 'มกราคม 2570', `two months on it shows "${later}"`);
  await calendar.locator('.flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)', { hasText: /^9$/ }).click();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.form._getState().data.due) === '2027-01-09', 'picking 9 มกราคม 2570 keeps 2027-01-09');

  // A date without its time.
  const meeting = page.locator('[id$="f14-date"]').first();
  await meeting.click();
  await meeting.fill('1/12/2569');
  await meeting.press('Tab');

  // Every validation message, then the taglist's search with nothing found.
  const submitted = await page.evaluate(() => window.form.submit().errors);
  if (process.env.DUMP_TEXTS) console.log(JSON.stringify(submitted));
  await page.waitForTimeout(300);
  await page.locator('.fjs-taglist input, .fjs-form-field-taglist input').first().click();
  await page.keyboard.type('zzz');
  await page.waitForTimeout(300);

  const seen = await page.evaluate(() => {
    const root = document.querySelector('.fjs-container');
    const texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.trim()) texts.push(node.data.trim());
    }
    root.querySelectorAll('[placeholder], [aria-label], [title], [alt]').forEach(e => {
      ['placeholder', 'aria-label', 'title', 'alt'].forEach(a => e.getAttribute(a) && texts.push(`${a}: ${e.getAttribute(a)}`));
    });
    return texts;
  });
  if (process.env.DUMP_TEXTS) console.log(seen.join('\n'));
  const left = seen.filter(text => english(text.replace(/^(placeholder|aria-label|title|alt): /, '')));
  expect(left.length === 0, `no English text left in the form${left.length ? ': ' + left.join(' | ') : ''}`);
  const all = seen.join('\n');
  for (const text of EXPECTED) {
    expect(all.includes(text), `"${text}" is shown`);
  }
  expect(all.includes('placeholder: ค้นหา') && all.includes('ไม่พบรายการ'), 'the taglist searches with "ค้นหา" and says "ไม่พบรายการ"');
  expect(all.includes('placeholder: ชช:นน') && all.includes('placeholder: วว/ดด/ปปปป'), 'date and time fields ask for วว/ดด/ปปปป and ชช:นน');
  expect(all.includes('aria-label: ลบรายการที่ 1') && all.includes('aria-label: หน้าถัดไป'), 'list and table buttons are labelled in Thai');
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(`thai-forms.js with form-js: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('thai-forms.js with form-js 1.8.7: every form text in Thai, dates in the Buddhist Era');
