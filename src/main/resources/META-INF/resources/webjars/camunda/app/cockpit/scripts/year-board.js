// The fiscal year at a glance (issue 11): a Cockpit plugin for the director, the head of planning
// and administrators. Three plugin points: Cockpit's dashboard (the year's counts), a route of its
// own (#/year-board: the grid of works against October-September, workload, history, print,
// workbook) and a navigation entry. Its only data source is the board's REST API
// (/api/fiscal-years/{be}/overview, .../workload, .../report.xlsx, /api/process-instances/{id}/history),
// which answers the Cockpit session's user. Loaded as an ES module through config.js customScripts.

const ROUTE = '/year-board';
const APP_ROOT = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const API = '/api';
const MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
const STATES = {
  'done': 'เสร็จตามกำหนด',
  'done-late': 'เสร็จล่าช้า',
  'open': 'กำลังดำเนินการ',
  'overdue': 'เกินกำหนด',
  'not-started': 'ยังไม่เริ่ม'
};
const INSTANCE_STATES = {
  ACTIVE: 'กำลังดำเนินการ', SUSPENDED: 'พักไว้', COMPLETED: 'เสร็จสิ้น',
  EXTERNALLY_TERMINATED: 'ยกเลิก', INTERNALLY_TERMINATED: 'ยกเลิก', NOT_STARTED: 'ยังไม่เริ่ม'
};

// the plugin's styles, once
(() => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../styles/year-board.css', import.meta.url).pathname;
  document.head.appendChild(link);
})();

// --- small helpers ---------------------------------------------------------------------------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'onclick') node.addEventListener('click', value);
    else if (name === 'onchange') node.addEventListener('change', value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

const BANGKOK_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit' });
const THAI_DATE = new Intl.DateTimeFormat('th-TH', { timeZone: 'Asia/Bangkok', day: 'numeric', month: 'short', year: 'numeric' });

function thaiDate(iso) {
  return iso ? THAI_DATE.format(new Date(iso)) : '-';
}

/** "2027-03" of a moment, in Bangkok. */
function monthKey(date) {
  const parts = BANGKOK_MONTH.formatToParts(date);
  return parts.find(p => p.type === 'year').value + '-' + parts.find(p => p.type === 'month').value;
}

/** The twelve months of fiscal year be (BE): October of CE be-544 to September of CE be-543. */
function monthsOf(be) {
  const keys = [];
  for (let i = 0; i < 12; i++) {
    const month = ((9 + i) % 12) + 1;
    const year = be - 543 - (month >= 10 ? 1 : 0);
    keys.push(year + '-' + String(month).padStart(2, '0'));
  }
  return keys;
}

/** Column of a date: 0 before the year, 1-12 its months, 13 after it; null without a date. */
function columnOf(iso, months) {
  if (!iso) return null;
  const key = monthKey(new Date(iso));
  if (key < months[0]) return 0;
  if (key > months[11]) return 13;
  return months.indexOf(key) + 1;
}

function currentFiscalYear() {
  const [year, month] = monthKey(new Date()).split('-').map(Number);
  return year + 543 + (month >= 10 ? 1 : 0);
}

async function getJson(path) {
  const response = await fetch(API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || ('HTTP ' + response.status));
  }
  return body;
}

function cockpitInstance(id) {
  return `${APP_ROOT}/app/cockpit/default/#/process-instance/${encodeURIComponent(id)}/runtime`;
}

function tasklistTask(id) {
  return `${APP_ROOT}/app/tasklist/default/#/?task=${encodeURIComponent(id)}`;
}

function legend() {
  return el('div', { class: 'me-board-legend' },
    Object.entries(STATES).map(([state, label]) => el('span', { class: 'me-chip me-' + state }, label)));
}

function countsLine(counts) {
  return el('span', { class: 'me-board-counts' },
    el('span', { class: 'me-count me-done', title: 'เสร็จ (รวมล่าช้า)' }, 'เสร็จ ' + (counts.done + counts.doneLate)),
    counts.doneLate ? el('span', { class: 'me-count me-done-late' }, 'ล่าช้า ' + counts.doneLate) : null,
    el('span', { class: 'me-count me-open' }, 'ค้าง ' + counts.open),
    el('span', { class: 'me-count me-overdue' + (counts.overdue ? ' me-alert' : '') }, 'เกินกำหนด ' + counts.overdue),
    counts.notStarted ? el('span', { class: 'me-count me-not-started' }, 'ยังไม่เริ่ม ' + counts.notStarted) : null);
}

// --- the board page --------------------------------------------------------------------------

function yearBoardPage(root) {
  const state = { year: currentFiscalYear(), view: 'grid', historyOf: null };
  const page = el('div', { class: 'me-board', 'data-testid': 'year-board' });
  root.appendChild(page);

  async function draw() {
    page.replaceChildren(header(), el('div', { class: 'me-board-loading' }, 'กำลังโหลด…'));
    try {
      const body = state.view === 'grid' ? grid(await getJson(`/fiscal-years/${state.year}/overview`))
        : state.view === 'workload' ? workload(await getJson(`/fiscal-years/${state.year}/workload`))
          : history(await getJson(`/process-instances/${encodeURIComponent(state.historyOf)}/history`));
      page.replaceChildren(header(), body);
    } catch (failure) {
      page.replaceChildren(header(), el('div', { class: 'me-board-error', role: 'alert' }, failure.message));
    }
  }

  function header() {
    const current = currentFiscalYear();
    const select = el('select', {
      class: 'me-board-year', 'aria-label': 'ปีงบประมาณ',
      onchange: (event) => { state.year = Number(event.target.value); draw(); }
    });
    for (let year = current - 5; year <= current + 1; year++) {
      select.appendChild(el('option', { value: year, selected: year === state.year }, 'ปีงบประมาณ ' + year));
    }
    const tab = (view, label) => el('button', {
      type: 'button', class: 'btn btn-default' + (state.view === view ? ' active' : ''),
      onclick: () => { state.view = view; draw(); }
    }, label);
    return el('div', { class: 'me-board-header' },
      el('h2', {}, 'ภาพรวมงานปีงบประมาณ ' + state.year),
      el('div', { class: 'me-board-tools' },
        select,
        tab('grid', 'ตารางงานทั้งปี'),
        tab('workload', 'ภาระงานรายบุคคล'),
        state.historyOf ? tab('history', 'ประวัติกระบวนงาน') : null,
        el('button', { type: 'button', class: 'btn btn-default', onclick: () => window.print() }, 'พิมพ์'),
        el('a', { class: 'btn btn-primary', href: `${API}/fiscal-years/${state.year}/report.xlsx`, download: `fiscal-year-${state.year}.xlsx` },
          'ดาวน์โหลด Excel')));
  }

  function grid(overview) {
    const months = monthsOf(overview.fiscalYear);
    const now = columnOf(overview.now, months);
    const head = el('tr', {},
      el('th', { class: 'me-col-work' }, 'งาน / รอบ'),
      el('th', { class: 'me-col-month' + (now === 0 ? ' me-now' : '') }, 'ก่อนปี'),
      months.map((key, i) => el('th', { class: 'me-col-month' + (now === i + 1 ? ' me-now' : '') },
        MONTHS[i] + ' ' + String(Number(key.slice(0, 4)) + 543).slice(2),
        now === i + 1 ? el('div', { class: 'me-now-label' }, 'เดือนนี้') : null)),
      el('th', { class: 'me-col-month' + (now === 13 ? ' me-now' : '') }, 'หลังปี'),
      el('th', { class: 'me-col-month' }, 'ไม่ระบุ'));
    const rows = [];
    for (const process of overview.processes) {
      rows.push(el('tr', { class: 'me-process-row', 'data-process': process.key },
        el('th', { colspan: 16 },
          el('span', { class: 'me-process-name' }, process.name),
          ' ', countsLine(process.counts),
          process.plannedStart ? el('span', { class: 'me-planned' }, ' เริ่มตามปฏิทิน ' + thaiDate(process.plannedStart)) : null)));
      for (const instance of process.instances) {
        const cells = Array.from({ length: 15 }, (_, i) => el('td', { class: 'me-cell' + (now === i ? ' me-now' : '') }));
        if (instance.id === null && process.plannedStart) {
          const column = columnOf(process.plannedStart, months);
          cells[column].appendChild(el('div', { class: 'me-start-marker', title: 'ควรเริ่ม ' + thaiDate(process.plannedStart) },
            '▶ ควรเริ่ม'));
        }
        // steps not started yet: one chip per month, so that a year of planned work stays readable
        const waiting = new Map();
        for (const step of instance.steps) {
          const column = columnOf(step.due, months) ?? 14;
          if (step.state === 'not-started') {
            if (!waiting.has(column)) waiting.set(column, []);
            waiting.get(column).push(step);
          } else {
            cells[column].appendChild(chip(step, instance));
          }
        }
        for (const [column, steps] of waiting) {
          cells[column].appendChild(steps.length === 1 ? chip(steps[0], instance) : el('span', {
            class: 'me-chip me-not-started', 'data-state': 'not-started',
            title: steps.map(s => '• ' + s.name + ' (' + (s.holder || '-') + ', ' + thaiDate(s.due) + ')').join('\n')
          }, el('span', { class: 'me-chip-name' }, 'ยังไม่เริ่ม ' + steps.length + ' ขั้นตอน')));
        }
        const label = el('td', { class: 'me-instance' },
          instance.id
            ? el('a', { href: cockpitInstance(instance.id), class: 'me-instance-link', title: 'เปิดใน Cockpit' }, instance.businessKey)
            : el('span', { class: 'me-instance-missing' }, instance.businessKey),
          el('div', { class: 'me-instance-state' }, INSTANCE_STATES[instance.state] || instance.state),
          instance.id ? el('button', {
            type: 'button', class: 'btn btn-link btn-xs me-history-button',
            onclick: () => { state.historyOf = instance.id; state.view = 'history'; draw(); }
          }, 'ประวัติ') : null);
        rows.push(el('tr', { class: 'me-instance-row', 'data-instance': instance.id || '' }, label, cells));
      }
    }
    return el('div', {},
      legend(),
      el('div', { class: 'me-board-scroll' }, el('table', { class: 'me-board-grid' }, el('thead', {}, head), el('tbody', {}, rows))),
      el('p', { class: 'me-board-note' }, 'ข้อมูล ณ ' + thaiDate(overview.now)
        + ' · คลิกงานที่ค้างเพื่อเปิดใน Tasklist คลิกรหัสรอบเพื่อเปิดกระบวนงานใน Cockpit'));
  }

  function chip(step, instance) {
    const title = [step.name, 'ผู้รับผิดชอบ: ' + (step.holder || '-'), 'ครบกำหนด: ' + thaiDate(step.due),
      step.completed ? 'เสร็จ: ' + thaiDate(step.completed) : null, 'สถานะ: ' + STATES[step.state]].filter(Boolean).join('\n');
    const name = step.name.length > 34 ? step.name.slice(0, 32) + '…' : step.name;
    const content = [el('span', { class: 'me-chip-name' }, name), el('span', { class: 'me-chip-holder' }, step.holder || '-')];
    const attributes = { class: 'me-chip me-' + step.state, title, 'data-state': step.state, 'data-task': step.taskDefinitionKey };
    if (step.taskId && (step.state === 'open' || step.state === 'overdue')) {
      return el('a', { ...attributes, href: tasklistTask(step.taskId), target: '_blank', rel: 'noopener' }, content);
    }
    if (instance.id) {
      return el('a', { ...attributes, href: cockpitInstance(instance.id) }, content);
    }
    return el('span', attributes, content);
  }

  function workload(rows) {
    return el('div', {},
      el('p', { class: 'me-board-note' }, 'งานค้างและเกินกำหนด ณ วันนี้ (ทุกปีงบประมาณ) และงานที่เสร็จในปีงบประมาณ ' + state.year),
      el('table', { class: 'table table-condensed me-board-table' },
        el('thead', {}, el('tr', {}, ['ผู้รับผิดชอบ', 'กำลังดำเนินการ', 'เกินกำหนด', 'เสร็จในปีนี้', 'ในนั้นเสร็จล่าช้า'].map(h => el('th', {}, h)))),
        el('tbody', {}, rows.map(row => el('tr', { class: row.overdue ? 'me-row-alert' : '' },
          el('td', {}, row.name), el('td', {}, row.open), el('td', { class: row.overdue ? 'me-alert' : '' }, row.overdue),
          el('td', {}, row.done), el('td', {}, row.doneLate))))));
  }

  function history(instance) {
    return el('div', {},
      el('h3', {}, instance.processName + ' · ' + instance.businessKey),
      el('p', {}, 'เริ่ม ' + thaiDate(instance.startTime) + (instance.endTime ? ' · สิ้นสุด ' + thaiDate(instance.endTime) : '')
        + ' · ' + (INSTANCE_STATES[instance.state] || instance.state) + ' · ',
        el('a', { href: cockpitInstance(instance.id) }, 'เปิดใน Cockpit')),
      instance.steps.length === 0 ? el('p', {}, 'ยังไม่มีขั้นตอนที่เสร็จ') :
        el('table', { class: 'table table-condensed me-board-table' },
          el('thead', {}, el('tr', {}, ['ขั้นตอน', 'ผู้ทำ', 'ครบกำหนด', 'เสร็จ', 'ล่าช้า (วัน)', 'ผลการพิจารณา', 'ความเห็น', 'เอกสาร']
            .map(h => el('th', {}, h)))),
          el('tbody', {}, instance.steps.map(step => el('tr', { class: step.daysLate ? 'me-row-late' : '' },
            el('td', {}, step.name), el('td', {}, step.assigneeName || '-'), el('td', {}, thaiDate(step.due)),
            el('td', {}, thaiDate(step.completed)), el('td', {}, step.daysLate || '-'),
            el('td', {}, step.approved === true ? 'เห็นชอบ' : step.approved === false ? 'ส่งกลับแก้ไข' : '-'),
            el('td', {}, step.comment || '-'),
            el('td', {}, step.documents.length || (step.attached || []).length
              ? step.documents.map(url => el('div', {}, el('a', { href: url, target: '_blank', rel: 'noopener' }, url)))
                .concat((step.attached || []).map(file => el('div', {}, el('a', { href: file.url, download: file.name }, file.name))))
              : '-'))))));
  }

  draw();
}

// --- the dashboard: the year's counts --------------------------------------------------------

function dashboard(root) {
  const year = currentFiscalYear();
  const box = el('section', { class: 'me-board-dashboard', 'data-testid': 'year-board-dashboard' },
    el('h3', {}, 'ภาพรวมงานปีงบประมาณ ' + year), el('p', {}, 'กำลังโหลด…'));
  root.appendChild(box);
  getJson(`/fiscal-years/${year}/overview`).then(overview => {
    box.replaceChildren(
      el('h3', {}, 'ภาพรวมงานปีงบประมาณ ' + year + ' ', el('a', { href: '#' + ROUTE, class: 'btn btn-primary btn-sm' }, 'เปิดตารางงานทั้งปี')),
      el('table', { class: 'table table-condensed me-board-table' },
        el('thead', {}, el('tr', {}, ['กระบวนงาน', 'สถานะ'].map(h => el('th', {}, h)))),
        el('tbody', {}, overview.processes.map(process => el('tr', {},
          el('td', {}, process.name), el('td', {}, countsLine(process.counts)))))));
  }).catch(failure => box.replaceChildren(el('h3', {}, 'ภาพรวมงานปีงบประมาณ'), el('p', { class: 'me-board-error' }, failure.message)));
}

export default [
  {
    id: 'me.yearBoard.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node) => dashboard(node)
  },
  {
    id: 'me.yearBoard.route',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE, label: 'ภาพรวมปีงบประมาณ' },
    render: (node) => yearBoardPage(node)
  },
  {
    id: 'me.yearBoard.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: { path: ROUTE, label: 'ภาพรวมปีงบประมาณ', pagePath: '#' + ROUTE },
    render: (node) => node.appendChild(el('a', { href: '#' + ROUTE }, 'ภาพรวมปีงบประมาณ'))
  }
];
