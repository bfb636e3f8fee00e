#!/usr/bin/env node
// Renders every forms/*.form with the renderer Camunda Tasklist 7.24 uses (@bpmn-io/form-js-viewer
// 1.8.7, schemaVersion 16) in headless Chromium, with sample data shaped as Tasklist passes it,
// and fails (exit code 1) naming the form and the problem when
//   - the form file is not a schemaVersion 16 "default" form whose id is its file name,
//   - a component type is not one form-js 1.8.7 knows, an id or a field key is duplicated,
//   - a required field has no label,
//   - importSchema throws or reports warnings, or the page logs an error while rendering,
//   - a select/radio/checklist/taglist fed by `valuesKey` gets no options (the process does not
//     set the variable, or its options do not show up in the rendered field),
//   - a template ({{...}} in a text, label or description) does not render with the sample data,
//     or uses a variable that neither the process nor a fixture provides,
//   - submitting with the required fields filled gives validation errors (or leaves a required
//     variable empty, which the server-side guard would refuse), or submitting with them empty
//     gives no "required" error for one of them.
//
// Sample data = what Tasklist would show at that step: values for the fields of every form of the
// same process (as earlier steps leave them), the variables the BPMN sets (people.options(...) ->
// [{label, value}], fiscalCalendar dates as Tasklist un-fixes them, multi-instance elements), and
// src/test/forms/fixtures/<process>.json ({"variables": {...}, "forms": {"<form id>": {...}}}) on top.
// Tasklist's own conversions are applied: a top-level valuesKey list of strings becomes
// [{label: s, value: s}].
//
// Usage: node src/test/forms/render-forms.mjs [form id ...]   (CHROMIUM=/path overrides the browser)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const require = createRequire(import.meta.url);
const started = Date.now();

const PEOPLE = [
  { label: 'สมชาย ใจดี (somchai.j)', value: 'somchai.j' },
  { label: 'มาลี รักเรียน (malee.r)', value: 'malee.r' },
  { label: 'กัญญา ทองดี (kanya.t)', value: 'kanya.t' }
];
const ITEM_OPTIONS = [
  { label: '1.1 ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ทางการเรียนผ่านเกณฑ์', value: '1.1' },
  { label: '2.3 จำนวนโรงเรียนที่ได้รับการนิเทศ ติดตาม', value: '2.3' }
];
const DATE = '2027-03-15';
// Tasklist's unfixDate turns a Date variable into local "YYYY-MM-DDTHH:mm:ss".
const ENGINE_DATE = '2027-03-31T16:30:00';
const CHOICE_TYPES = new Set(['select', 'radio', 'checklist', 'taglist']);

// ---------------------------------------------------------------------------------------------
// Forms, processes, fixtures

const formsDir = join(root, 'forms');
const only = process.argv.slice(2);
const formFiles = readdirSync(formsDir).filter(f => f.endsWith('.form')).sort()
  .filter(f => !only.length || only.includes(basename(f, '.form')));
const processKeys = readdirSync(join(root, 'processes')).filter(f => f.endsWith('.bpmn'))
  .map(f => basename(f, '.bpmn'));

const problems = []; // { form, problem }
const fail = (form, problem) => problems.push({ form, problem });

const forms = [];
for (const file of formFiles) {
  const id = basename(file, '.form');
  let schema;
  try {
    schema = JSON.parse(readFileSync(join(formsDir, file), 'utf8'));
  } catch (e) {
    fail(id, `not valid JSON: ${e.message}`);
    continue;
  }
  const family = processKeys.filter(k => id === k || id.startsWith(k + '-'))
    .sort((a, b) => b.length - a.length)[0] || null;
  forms.push({ id, file, schema, family });
}
// All forms (not just the selected ones) feed the sample data of their process.
const allForms = readdirSync(formsDir).filter(f => f.endsWith('.form')).map(f => {
  try { return { id: basename(f, '.form'), schema: JSON.parse(readFileSync(join(formsDir, f), 'utf8')) }; } catch { return null; }
}).filter(Boolean);

function walk(components, visit, scope = [], parent = null) {
  for (const c of components || []) {
    visit(c, scope, parent);
    if (Array.isArray(c.components)) {
      const inner = c.type === 'dynamiclist' ? [...scope, ...(c.path || '').split('.'), '[]']
        : c.path ? [...scope, ...c.path.split('.')] : scope;
      walk(c.components, visit, inner, c);
    }
  }
}

const labelOf = c => c.type === 'datetime'
  ? [c.subtype !== 'time' && c.dateLabel, c.subtype !== 'date' && c.timeLabel].filter(Boolean).join(' / ') || c.label
  : c.label;

// A value a person would enter in the field (valid for its validation), or undefined.
function sampleValue(c, data, n = 0) {
  const v = c.validate || {};
  switch (c.type) {
    case 'textfield':
    case 'textarea': {
      const candidates = [];
      if (v.validationType === 'email') candidates.push('somchai.j@esa-demo.example');
      if (v.pattern || /(link|url)$/i.test(c.key)) candidates.push(`https://drive.example.go.th/me/${c.key}/${n + 1}`);
      candidates.push(c.type === 'textarea'
        ? `${labelOf(c) || c.key}: ดำเนินการครบถ้วนตามแผน ผลสำเร็จร้อยละ ๙๕ (ตัวอย่าง ${n + 1})`
        : `${labelOf(c) || c.key} ตัวอย่าง ${n + 1}`, 'ที่ ศธ 04001/123', '2570', '1');
      const ok = candidates.find(s => (!v.pattern || new RegExp(v.pattern).test(s))
        && (!v.minLength || s.length >= v.minLength) && (!v.maxLength || s.length <= v.maxLength));
      return ok;
    }
    case 'number': {
      if (c.key === 'fiscalYear' || c.key?.endsWith('Year')) return 2570;
      let x = typeof v.min === 'number' ? Math.max(v.min, 1) : 1 + n;
      if (typeof v.max === 'number') x = Math.min(x, v.max);
      return x;
    }
    case 'datetime':
      return c.subtype === 'time' ? '09:30' : c.subtype === 'datetime' ? `${DATE}T09:30` : DATE;
    case 'checkbox':
      return true;
    case 'select':
    case 'radio':
    case 'checklist':
    case 'taglist': {
      const options = c.valuesKey ? data?.[c.valuesKey] : c.values;
      const first = Array.isArray(options) && options.length ? options[0] : undefined;
      const value = first && typeof first === 'object' ? first.value : first;
      if (value === undefined) return undefined;
      return c.type === 'checklist' || c.type === 'taglist' ? [value] : value;
    }
    case 'dynamiclist':
      return [0, 1].map(i => rowOf(c.components, data, i));
    default:
      return undefined;
  }
}

function rowOf(components, data, n) {
  const row = {};
  walk(components, (c) => {
    if (c.key && c.type !== 'dynamiclist') {
      const value = sampleValue(c, data, n);
      if (value !== undefined) setPath(row, c.key.split('.'), value);
    }
  });
  return row;
}

function setPath(obj, path, value) {
  let o = obj;
  path.slice(0, -1).forEach(p => { o = (o[p] ??= {}); });
  o[path[path.length - 1]] = value;
}

// Variables the BPMN of a process sets, with values of the shape they have in Tasklist.
function bpmnVariables(family, formVars) {
  const file = join(root, 'processes', `${family}.bpmn`);
  if (!existsSync(file)) return {};
  const xml = readFileSync(file, 'utf8').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const vars = {};
  const typed = (name, expr) => {
    expr = expr.trim();
    if (!expr || /^null\)?$/.test(expr)) return; // cleared for the step: earlier values stay in the sample
    if (/\.toString\(\)$/.test(expr) && /today\(\)/.test(expr)) { vars[name] = DATE; return; }
    if (/people\s*\.\s*options/.test(expr)) vars[name] = PEOPLE;
    else if (/[Oo]ptions\s*\(/.test(expr)) vars[name] = ITEM_OPTIONS;
    else if (/fiscalCalendar\s*\.|Due\b|\.due\(|Date\(|now\(/.test(expr)) vars[name] = ENGINE_DATE;
    else if (/^-?\d+$/.test(expr)) vars[name] = Number(expr);
    else if (/(^|\W)(loopCounter|quarter)\s*\+\s*1$/.test(expr)) vars[name] = 2;
    else if (/personAnswers\s*\.\s*copy\(\s*(\w+)/.test(expr) && Array.isArray(formVars[/copy\(\s*(\w+)/.exec(expr)[1]])) {
      vars[name] = structuredClone(formVars[/copy\(\s*(\w+)/.exec(expr)[1]]);
    }
    else if (!expr.includes('${') && !/\.\w+\(/.test(expr)) vars[name] = expr; // a literal input parameter
    else if (!(name in vars) && !(name in formVars)) vars[name] = `${name} (จากกระบวนการ)`;
  };
  // Named beans set variables too (CONTRIBUTING "Listener and service beans"): each is read as the
  // expression it stands for, in diagram order with the remaining setVariable expressions.
  const beanSets = {
    emesSubmissionDue: () => [['submissionDue', 'fiscalCalendar.due()']],
    emenscrEntryDue: () => [['entryDue', 'fiscalCalendar.due()']],
    inspectionReportDeadline: () => [['reportDeadline', 'fiscalCalendar.due()']],
    inspectionVisitDeadline: () => [['visitDeadline', 'fiscalCalendar.due()']],
    scheduleDevelopmentStart: () => [['developmentStart', 'fiscalCalendar.due()']],
    offerEmesAddress: () => [['emesUrl', 'http://eva65.learningobec.com/login.php']],
    offerEmenscrAddress: () => [['emenscrUrl', 'https://emenscr.nesdc.go.th']],
    openCommitteeOrder: () => [['documentTitle', 'committeeTitle']],
    openQuarter: () => [['quarter', 'loopCounter + 1'], ['quarterDue', 'fiscalCalendar.due()'],
      ['quarterReports', 'personAnswers.copy(projects)']],
    describePlanPeriod: () => [['planPeriod', 'developmentPlan.label()'], ['midPlanYear', 'developmentPlan.middleYear()']],
    offerWorkers: () => [['workerOptions', 'assignedWork.workerOptions()']],
    rememberSupervisor: () => [['supervisor', 'task.assignee']],
    planYear: () => [['startByHand', 'yearWork.startByHand()']],
    showProject: () => [['projectCode', 'project.prop()'], ['projectName', 'project.prop()']],
    showGroupRequest: () => [['groupName', 'request.prop()'], ['dataTopic', 'request.prop()']],
    offerPeople: (p) => [[p.optionsVariable, `people.options('${p.peopleGroup}')`]],
    offerItemsToRevise: (p) => [[p.choicesVariable, `personAnswers.options(${p.workList})`], [p.selectionVariable, 'null']],
  };
  const propertiesBefore = (at) => {
    const open = xml.lastIndexOf('<bpmn:extensionElements>', at);
    const props = {};
    for (const m of xml.slice(open, at).matchAll(/<camunda:property name="([^"]+)" value="([^"]*)"/g)) props[m[1]] = m[2];
    return props;
  };
  for (const m of xml.matchAll(/setVariable(?:Local)?\(\s*'([^']+)'\s*,\s*(.*?)\)\s*\}|delegateExpression="\$\{(\w+)\}"/g)) {
    if (m[1]) typed(m[1], m[2]);
    else if (beanSets[m[3]]) beanSets[m[3]](propertiesBefore(m.index)).forEach(([name, expr]) => typed(name, expr));
  }
  for (const m of xml.matchAll(/<camunda:(?:input|output)Parameter name="([^"]+)"[^>]*>([^<]*)</g)) {
    typed(m[1], m[2].replace(/^\s*\$\{([\s\S]*)\}\s*$/, '$1'));
  }
  // multi-instance over a configured collection: an element of it (a string or number)
  for (const m of xml.matchAll(/camunda:collection="\$\{[^}]*\}"[^>]*camunda:elementVariable="([^"]+)"/g)) {
    if (!(m[1] in vars) && !(m[1] in formVars)) vars[m[1]] = /Month|Year|quarter/i.test(m[1]) ? 3 : `${m[1]} (จากกระบวนการ)`;
  }
  // multi-instance elements: a row of the list they iterate over (as Json -> object in Tasklist)
  for (const m of xml.matchAll(/camunda:collection="\$\{([A-Za-z_]\w*)\.elements\(\)\}"[^>]*camunda:elementVariable="([^"]+)"|camunda:elementVariable="([^"]+)"[^>]*camunda:collection="\$\{([A-Za-z_]\w*)\.elements\(\)\}"/g)) {
    const list = m[1] || m[4], element = m[2] || m[3];
    const rows = formVars[list];
    if (Array.isArray(rows) && rows.length) vars[element] = rows[0];
  }
  return vars;
}

function bpmnText(family) {
  const file = join(root, 'processes', `${family}.bpmn`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function readFixture(family) {
  const file = join(here, 'fixtures', `${family}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

// Start forms (formRef on a start event): Tasklist opens them with no variables at all.
const startForms = new Set();
for (const key of processKeys) {
  const xml = readFileSync(join(root, 'processes', `${key}.bpmn`), 'utf8');
  for (const m of xml.matchAll(/<bpmn:startEvent\b[^>]*>/g)) {
    const ref = /camunda:formRef="([^"]+)"/.exec(m[0]);
    if (ref) startForms.add(ref[1]);
  }
}

// Every formRef has its form and every form is used by a process.
if (!only.length) {
  const refs = new Set();
  for (const key of processKeys) {
    for (const m of readFileSync(join(root, 'processes', `${key}.bpmn`), 'utf8').matchAll(/camunda:formRef="([^"]+)"/g)) {
      refs.add(m[1]);
      if (!existsSync(join(formsDir, `${m[1]}.form`))) fail(m[1], `processes/${key}.bpmn refers to formRef "${m[1]}" but forms/${m[1]}.form does not exist`);
    }
  }
  forms.filter(f => !refs.has(f.id)).forEach(f => fail(f.id, 'no process uses this form (no camunda:formRef to it)'));
}
for (const id of only) if (!forms.some(f => f.id === id)) fail(id, 'no such form');

const familyData = {};
function baseDataOf(family) {
  if (familyData[family]) return familyData[family];
  const fixture = family ? readFixture(family) : {};
  const fixtureVars = fixture.variables || {};
  // values the steps of the process leave behind (inputs first, read-only displays last)
  const formVars = {};
  const members = allForms.filter(f => family && (f.id === family || f.id.startsWith(family + '-')));
  const defs = [];
  for (const f of members) {
    walk(f.schema.components, (c, scope) => {
      if (scope.length) return;
      if (c.type === 'dynamiclist' && c.path) defs.push(c);
      else if (c.key) defs.push(c);
    });
  }
  defs.sort((a, b) => (a.readonly ? 1 : 0) - (b.readonly ? 1 : 0));
  const optionsSource = { ...(family ? bpmnVariables(family, {}) : {}), ...fixtureVars }; // e.g. people.options(...)
  for (const c of defs) {
    const name = c.type === 'dynamiclist' ? c.path : c.key;
    if (name in formVars) continue;
    const value = sampleValue(c, optionsSource);
    if (value !== undefined) formVars[name] = value;
  }
  const bpmnVars = family ? bpmnVariables(family, { ...formVars, ...fixtureVars }) : {};
  const data = { ...formVars, ...bpmnVars, ...fixtureVars };
  // tables show lists the process collects: give them rows when nothing else does
  for (const f of members) {
    walk(f.schema.components, (c) => {
      const source = c.type === 'table' && /^=\s*([A-Za-z_]\w*)\s*$/.exec(c.dataSource || '');
      if (source && !(source[1] in data)) {
        data[source[1]] = [0, 1].map(i => Object.fromEntries((c.columns || []).map(col => [col.key, `${col.label || col.key} ${i + 1}`])));
      }
    });
  }
  return (familyData[family] = { data, fixture });
}

// Tasklist (camunda-tasklist-ui, camunda-form directive): Json variables are parsed; a top-level
// valuesKey variable holding strings becomes [{label, value}].
function asTasklist(schema, data) {
  const out = structuredClone(data);
  for (const c of schema.components || []) {
    const list = c.valuesKey && out[c.valuesKey];
    if (Array.isArray(list) && list.every(x => typeof x === 'string')) {
      out[c.valuesKey] = list.map(x => ({ label: x, value: x }));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Static checks and the data of each run

const cases = [];
for (const form of forms) {
  const { id, schema } = form;
  const at = c => `${c.type} "${c.key || c.path || c.id}"`;
  if (schema.id !== id) fail(id, `form id "${schema.id}" differs from the file name (formRef) "${id}"`);
  if (schema.schemaVersion !== 16) fail(id, `schemaVersion is ${schema.schemaVersion}, Tasklist 7.24 (form-js 1.8.7) expects 16`);
  if (schema.type !== 'default') fail(id, `type is "${schema.type}", expected "default"`);
  if (!Array.isArray(schema.components) || !schema.components.length) fail(id, 'no components');

  const ids = new Map(), bindings = new Map();
  walk(schema.components, (c, scope) => {
    if (c.id) {
      if (ids.has(c.id)) fail(id, `component id "${c.id}" is used twice`);
      ids.set(c.id, c);
    }
    const binding = c.key ? [...scope, ...c.key.split('.')].join('.')
      : c.type === 'dynamiclist' && c.path ? [...scope, ...c.path.split('.')].join('.') : null;
    if (binding) {
      if (bindings.has(binding)) fail(id, `field key "${binding}" is used by two fields (${at(bindings.get(binding))} and ${at(c)})`);
      bindings.set(binding, c);
    }
    if (c.validate?.required && (c.key || c.type === 'dynamiclist') && !String(labelOf(c) || '').trim()) {
      fail(id, `required ${at(c)} has no label${c.type === 'datetime' ? ' (dateLabel)' : ''}`);
    }
    if (c.valuesKey && !CHOICE_TYPES.has(c.type)) fail(id, `${at(c)} has valuesKey but is not a choice field`);
    if ('required' in c) fail(id, `${at(c)} has "required" outside "validate": form-js and the server ignore it`);
    if (c.validate && 'required' in c.validate && typeof c.validate.required !== 'boolean') {
      fail(id, `${at(c)} has validate.required ${JSON.stringify(c.validate.required)}: must be true or false (form-js 1.8.7 does not evaluate it)`);
    }
  });

  // a list the process iterates over (multi-instance) must not be left empty: form-js lets a
  // person remove every row and ignores validate.required on a dynamic list; the server guard
  // refuses an empty required list
  const bpmn = form.family ? bpmnText(form.family) : '';
  walk(schema.components, (c, scope) => {
    if (c.type === 'dynamiclist' && !scope.length && c.path && c.allowAddRemove !== false && !c.validate?.required
        && new RegExp(`\\$\\{${c.path}\\.elements\\(\\)\\}`).test(bpmn)) {
      fail(id, `dynamiclist "${c.path}" feeds a multi-instance (${c.path}.elements()) but is not required: a person can remove every row and the step would run for no one`);
    }
  });

  const { data: base, fixture } = baseDataOf(form.family);
  const sample = asTasklist(schema, startForms.has(id) ? { ...(fixture.forms?.[id] || {}) }
    : { ...base, ...(fixture.forms?.[id] || {}) });

  // required fields: filled (a person's valid answers) and emptied
  const filled = structuredClone(sample), empty = structuredClone(sample);
  const requiredKeys = []; // top-level variables the server guard checks
  walk(schema.components, (c, scope, parent) => {
    if (!c.validate?.required) return;
    const name = c.key || (c.type === 'dynamiclist' ? c.path : null);
    if (!name) return;
    if (!scope.length) {
      if (!c.conditional?.hide) requiredKeys.push(name);
      const value = sampleValue(c, sample);
      if (value === undefined) fail(id, `cannot make a valid value for required ${at(c)} (no options or unmatched pattern)`);
      else if (c.type === 'dynamiclist') {
        if (!Array.isArray(filled[name]) || !filled[name].length) filled[name] = value;
      } else filled[name] = value;
      if (c.type !== 'dynamiclist') delete empty[name];
    } else if (scope.at(-1) === '[]' && parent?.type === 'dynamiclist') {
      // a required field of each row of a dynamic list (scope: [...listPath, '[]'])
      const listPath = scope.slice(0, -1).join('.');
      if (!Array.isArray(filled[listPath]) || !filled[listPath].length) {
        filled[listPath] = sampleValue(parent, sample);
      }
      filled[listPath] = filled[listPath].map((row, i) => ({ ...row, [c.key]: sampleValue(c, sample, i) }));
      if (!Array.isArray(empty[listPath]) || !empty[listPath].length) empty[listPath] = structuredClone(filled[listPath]);
      empty[listPath] = empty[listPath].map(row => { const r = { ...row }; delete r[c.key]; return r; });
    }
  });
  // the choice fields with no value yet, so their dropdowns list every option
  const unchosen = structuredClone(sample);
  walk(schema.components, (c, scope) => {
    if (!CHOICE_TYPES.has(c.type) || !c.key) return;
    if (!scope.length) delete unchosen[c.key];
    else if (scope.at(-1) === '[]') {
      const list = scope.slice(0, -1).reduce((o, p) => (o == null ? o : o[p]), unchosen);
      if (Array.isArray(list)) list.forEach(row => row && delete row[c.key]);
    }
  });
  if (process.env.DUMP_DATA) console.log(id, JSON.stringify({ sample, filled, empty }, null, 1));
  cases.push({ id, schema, sample, unchosen, filled, empty, requiredKeys });
}

// ---------------------------------------------------------------------------------------------
// The browser side

const bundle = await build({
  stdin: {
    contents: `import { Form, getSchemaVariables } from '@bpmn-io/form-js-viewer';
               window.FormJs = { Form, getSchemaVariables };`,
    resolveDir: root
  },
  bundle: true, write: false, format: 'iife', minify: false, logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' }
});
const viewerDir = dirname(require.resolve('@bpmn-io/form-js-viewer/package.json'));
const css = ['dist/assets/form-js.css', 'dist/assets/flatpickr/light.css']
  .map(f => join(viewerDir, f)).filter(existsSync).map(f => readFileSync(f, 'utf8')).join('\n');
const viewerVersion = JSON.parse(readFileSync(join(viewerDir, 'package.json'), 'utf8')).version;

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
let browser;
try {
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run']
  });
} catch (e) {
  console.error(`Cannot start Chromium at ${executablePath} (set CHROMIUM=/path/to/chromium): ${e.message.split('\n')[0]}`);
  process.exit(2);
}
let page;
try {
  page = await browser.newPage({ locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const logged = [];
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') logged.push(`console.${m.type()}: ${m.text()}`); });
  page.on('pageerror', e => logged.push(`page error: ${e.message}`));
  await page.setContent(`<!doctype html><html lang="th"><head><meta charset="utf-8"><style>${css}</style></head>
    <body><div id="form"></div></body></html>`);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });

  const supported = await page.evaluate(() => {
    const form = new window.FormJs.Form();
    const types = Object.keys(form.get('formFields')._formFields).filter(t => t !== 'default');
    form.destroy();
    return types;
  });

  for (const c of cases) {
    walk(c.schema.components, (comp) => {
      if (!supported.includes(comp.type)) fail(c.id, `component type "${comp.type}" (id ${comp.id}) is not supported by form-js ${viewerVersion}`);
    });
    logged.length = 0;
    let result;
    try {
      result = await Promise.race([
        page.evaluate(checkInPage, c),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 30 s')), 30000))
      ]);
    } catch (e) {
      result = { problems: [`the check itself failed: ${e.message.split('\n')[0]}`] };
    }
    result.problems.forEach(p => fail(c.id, p));
    logged.forEach(l => fail(c.id, `while rendering: ${l.slice(0, 300)}`));
    c.checked = true;
  }
} finally {
  await browser.close();
}

// Runs in the page: one form, three imports (sample data, required filled, required empty).
async function checkInPage({ id, schema, sample, unchosen, filled, empty, requiredKeys }) {
  const { Form } = window.FormJs;
  const problems = [];
  const tick = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 10)));
  const container = document.getElementById('form');

  async function open(data, label) {
    container.innerHTML = '';
    const form = new Form({ container });
    try {
      const { warnings } = await form.importSchema(schema, data);
      (warnings || []).forEach(w => problems.push(`import (${label}) warning: ${w.message || w}`));
    } catch (e) {
      problems.push(`import (${label}) failed: ${e.message}`);
      form.destroy();
      return null;
    }
    await tick();
    return form;
  }

  const fields = [];
  (function collect(components, inList) {
    for (const c of components || []) {
      fields.push({ c, inList });
      collect(c.components, inList || c.type === 'dynamiclist');
    }
  })(schema.components, false);
  const describe = c => `${c.type} "${c.key || c.path || c.id}"`;

  // (1) sample data: templates, options
  let form = await open(sample, 'sample data');
  if (!form) return { problems };
  const templating = form.get('templating');
  const rendered = container.innerText;
  if (rendered.includes('⚠')) problems.push('a template renders as {{⚠}} (evaluation error)');
  if (/\{\{|\}\}/.test(rendered)) problems.push(`a template is shown unrendered: "${(rendered.match(/.{0,40}(\{\{|\}\}).{0,40}/) || [''])[0]}"`);
  for (const { c, inList } of fields) {
    for (const prop of ['text', 'label', 'description', 'dateLabel']) {
      const template = c[prop];
      if (!templating.isTemplate(template) || template.startsWith('=')) continue;
      let out;
      try {
        out = templating.evaluate(template, sample, { debug: true, buildDebugString: () => '⚠' });
      } catch (e) {
        problems.push(`${describe(c)} ${prop}: template fails: ${e.message}`);
        continue;
      }
      if (out.includes('⚠')) problems.push(`${describe(c)} ${prop}: template fails to evaluate`);
      const rawDate = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(out);
      if (rawDate) problems.push(`${describe(c)} ${prop}: shows an engine date as "${rawDate[0]}..." (format it, e.g. {{substring(x, 1, 10)}})`);
      if (inList) continue; // row variables come from the list's rows
      let names = [];
      try { names = templating.getVariableNames(template); } catch (e) { problems.push(`${describe(c)} ${prop}: template does not parse: ${e.message}`); }
      for (const name of new Set(names)) {
        if (new RegExp(`(^|[^\\w.])${name}\\s*\\(`).test(template)) continue; // a FEEL function, not a variable
        const value = name.split('.').reduce((o, p) => (o == null ? o : o[p]), sample);
        if (value === undefined || value === null || value === '') {
          problems.push(`${describe(c)} ${prop}: {{${name}}} is not set by the process (nor a fixture): renders empty`);
        }
      }
    }
  }
  form.destroy();

  // options fed by valuesKey: present in the data and listed by the (empty) field
  form = await open(unchosen, 'sample data, choices empty');
  if (!form) return { problems };
  const formId = form._id;
  const domId = (fieldId, index) => `fjs-form-${formId}-${fieldId}${index === undefined ? '' : '_' + index}`;
  for (const { c, inList } of fields) {
    if (!c.valuesKey) continue;
    const options = sample[c.valuesKey];
    if (!Array.isArray(options) || !options.length) {
      problems.push(`${describe(c)}: valuesKey "${c.valuesKey}" is not set by the process (nor a fixture): no options`);
      continue;
    }
    const unlabelled = options.filter(o => o && typeof o === 'object' && !o.label);
    if (unlabelled.length) problems.push(`${describe(c)}: options of valuesKey "${c.valuesKey}" have no label (would show raw values): ${JSON.stringify(unlabelled[0])}`);
    const labels = options.map(o => (o && typeof o === 'object' ? o.label ?? String(o.value) : String(o)));
    const id0 = domId(c.id, inList ? 0 : undefined);
    let shown = [];
    if (c.type === 'radio' || c.type === 'checklist') {
      shown = [...container.querySelectorAll(`[id^="${id0}-"]`)].map(i => container.querySelector(`label[for="${i.id}"]`)?.innerText.trim());
    } else {
      const anchor = document.getElementById(id0) || document.getElementById(`${id0}-display`) || document.getElementById(`${id0}-search`);
      const field = anchor?.closest('.fjs-form-field');
      if (!anchor || !field) { problems.push(`${describe(c)}: field not rendered`); continue; }
      const target = field.querySelector('.fjs-input-group') || anchor;
      target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      (field.querySelector('input:not([type=hidden])') || anchor).focus();
      await tick();
      shown = [...field.querySelectorAll('.fjs-dropdownlist-item')].map(e => e.innerText.trim());
      document.body.focus();
      (document.activeElement || anchor).blur?.();
    }
    const missing = labels.filter(l => !shown.includes(l));
    if (missing.length) problems.push(`${describe(c)}: options of valuesKey "${c.valuesKey}" do not render (shown: ${JSON.stringify(shown)}, expected ${JSON.stringify(labels)})`);
  }
  // tables fed by a variable show its rows
  for (const { c } of fields) {
    const source = c.type === 'table' && /^=\s*([A-Za-z_]\w*)\s*$/.exec(c.dataSource || '');
    if (!source || sample[source[1]] == null) continue;
    if (!Array.isArray(sample[source[1]])) { problems.push(`${describe(c)}: data source "${source[1]}" is not a list`); continue; }
    if (!sample[source[1]].length) continue;
    const tables = [...container.querySelectorAll('table')];
    if (!tables.some(t => t.querySelectorAll('tbody tr').length >= 1 && !t.innerText.includes('Nothing to show'))) {
      problems.push(`${describe(c)}: table of "${source[1]}" shows no rows`);
    }
  }
  form.destroy();

  // (2) required fields filled: no errors, nothing the server guard would refuse
  form = await open(filled, 'required fields filled');
  if (form) {
    const { data, errors } = form.submit();
    if (Object.keys(errors).length) problems.push(`submit with required fields filled gives errors: ${JSON.stringify(errors)}`);
    for (const key of requiredKeys) {
      const v = data[key];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) {
        problems.push(`submit with required fields filled leaves required "${key}" empty (the server would refuse it)`);
      }
    }
    form.destroy();
  }

  // (3) required fields empty: each visible required field reports "required"
  form = await open(empty, 'required fields empty');
  if (form) {
    const { errors } = form.submit();
    await tick();
    const registry = form.get('formFieldInstanceRegistry');
    const fieldRegistry = form.get('formFieldRegistry');
    let requiredVisible = 0;
    for (const instance of registry.getAllKeyed()) {
      const field = fieldRegistry.get(instance.id);
      if (!field?.validate?.required || field.disabled || field.readonly) continue;
      requiredVisible++;
      const path = [field.id, ...Object.values(instance.indexes || {})];
      const messages = path.reduce((o, p) => (o == null ? o : o[p]), errors);
      if (!Array.isArray(messages) || !messages.some(m => /required/i.test(m))) {
        problems.push(`submit with required ${describe(field)} empty gives no "required" error`);
      }
    }
    if (!requiredVisible && fields.some(({ c }) => c.validate?.required && c.key && !c.readonly && !c.conditional)) {
      problems.push('required fields are not rendered when empty');
    }
    const shownErrors = container.querySelectorAll('.fjs-form-field-error').length;
    if (requiredVisible && !shownErrors) problems.push('required errors are not shown in the form');
    form.destroy();
  }
  return { problems };
}

// ---------------------------------------------------------------------------------------------
// Report

const byForm = new Map();
for (const { form, problem } of problems) {
  if (!byForm.has(form)) byForm.set(form, []);
  byForm.get(form).push(problem);
}
const total = formFiles.length;
const failed = [...byForm.keys()].filter(f => formFiles.includes(`${f}.form`)).length;
for (const [form, list] of byForm) {
  console.error(`FAIL forms/${form}.form`);
  for (const p of [...new Set(list)]) console.error(`  - ${p}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`form-js ${viewerVersion} in Chromium: ${total} forms checked, ${total - failed} passed, ${failed} failed (${seconds} s)`);
process.exit(problems.length ? 1 : 0);
