/*
 * Camunda Forms in Tasklist as a Thai office writes them. Every app's config.js loads this module
 * (office-config.js); it acts in Tasklist only.
 *
 * Tasklist 7.24 renders Camunda Forms with form-js 1.8.7 (inside lib/deps.js), which has no
 * translation API and whose date fields use flatpickr with Christian-era years and English months.
 * We do not patch the bundle (it is shared by the four apps and would have to be redone at every
 * Camunda update); one MutationObserver watches the forms (`.fjs-container`, task and start forms)
 * and:
 *
 * - gives every form-js date picker (flatpickr keeps its instance on the input as `_flatpickr`)
 *   Thai month and day names, Buddhist Era years in the calendar's year box, a field that reads
 *   "30 พ.ย. 2569", and a parser for what people type: 30/11/2569, ๓๐/๑๑/๒๕๖๙, 30 พ.ย. 69,
 *   30 พฤศจิกายน 2569. The picker hands form-js a Date as before, so the value form-js submits
 *   stays ISO and Christian-era ("2026-11-30"): the server sees the right day;
 * - marks the public holidays in the calendar, from GET /api/fiscal-years/{BE}/holidays (asked
 *   once per fiscal year; an absent or refused endpoint just marks nothing);
 * - puts form-js's English texts (validation messages, "Select", "Search", the dynamic list's
 *   buttons...) in Thai. Preact leaves a text node alone while its string does not change, and
 *   rewrites it when it does, which the observer sees and translates again.
 *
 * With the English interface (the "ไทย | English" switch) only the holiday marks are added.
 */
define([], function () {
  'use strict';

  var thai = (function () {
    try {
      return window.localStorage.getItem('me.lang') !== 'en';
    } catch (e) {
      return true;
    }
  })();

  var BE_OFFSET = 543;
  var MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม',
    'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
  var MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.',
    'ต.ค.', 'พ.ย.', 'ธ.ค.'];
  var DAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];
  var DAYS_SHORT = ['อา', 'จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส'];

  // flatpickr's locale object (the keys flatpickr reads; the rest falls back to its default).
  var FLATPICKR_THAI = {
    weekdays: { shorthand: DAYS_SHORT, longhand: DAYS },
    months: { shorthand: MONTHS_SHORT, longhand: MONTHS },
    firstDayOfWeek: 0,
    rangeSeparator: ' ถึง ',
    weekAbbreviation: 'สัปดาห์',
    scrollTitle: 'เลื่อนเพื่อเพิ่มหรือลด',
    toggleTitle: 'คลิกเพื่อสลับ',
    yearAriaLabel: 'ปี พ.ศ.',
    monthAriaLabel: 'เดือน',
    hourAriaLabel: 'ชั่วโมง',
    minuteAriaLabel: 'นาที',
    time_24hr: true,
    ordinal: function () {
      return '';
    }
  };

  var FIELD_PLACEHOLDER = 'วว/ดด/ปปปป';

  // ---------------------------------------------------------------------------------------------
  // Dates

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function isoDay(date) {
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  // Thai digits (๐-๙, U+0E50-U+0E59) as Arabic digits.
  function arabicDigits(text) {
    return String(text).replace(/[\u0E50-\u0E59]/g, function (digit) {
      return String(digit.charCodeAt(0) - 0x0E50);
    });
  }

  // What the field shows: "30 พ.ย. 2569".
  function fieldText(date) {
    return date.getDate() + ' ' + MONTHS_SHORT[date.getMonth()] + ' ' + (date.getFullYear() + BE_OFFSET);
  }

  // What a screen reader says for a day of the calendar: "30 พฤศจิกายน 2569".
  function longText(date) {
    return date.getDate() + ' ' + MONTHS[date.getMonth()] + ' ' + (date.getFullYear() + BE_OFFSET);
  }

  // Other flatpickr formats (none used by form-js today): its tokens, in Thai and the Buddhist Era.
  function tokenText(date, format) {
    var tokens = {
      d: pad(date.getDate()), j: String(date.getDate()),
      m: pad(date.getMonth() + 1), n: String(date.getMonth() + 1),
      Y: String(date.getFullYear() + BE_OFFSET), y: String(date.getFullYear() + BE_OFFSET).slice(-2),
      F: MONTHS[date.getMonth()], M: MONTHS_SHORT[date.getMonth()],
      l: DAYS[date.getDay()], D: DAYS_SHORT[date.getDay()],
      H: pad(date.getHours()), G: String(date.getHours()), i: pad(date.getMinutes()), S: pad(date.getSeconds())
    };
    var out = '';
    for (var i = 0; i < format.length; i++) {
      var c = format.charAt(i);
      if (c === '\\' && i + 1 < format.length) {
        out += format.charAt(++i);
      } else {
        out += Object.prototype.hasOwnProperty.call(tokens, c) ? tokens[c] : c;
      }
    }
    return out;
  }

  // A month written in Thai, with or without dots ("พ.ย.", "พย", "พฤศจิกายน"): 0-11, or -1.
  function thaiMonth(word) {
    var bare = word.replace(/[.\s]/g, '');
    for (var m = 0; m < 12; m++) {
      if (bare === MONTHS[m] || bare === MONTHS_SHORT[m].replace(/\./g, '')) {
        return m;
      }
    }
    return -1;
  }

  // A year as people write it: 2569 (BE), 69 (BE, two digits), or a Christian-era year below 2400
  // (someone who typed 2026 means 2026).
  function christianYear(text) {
    var year = parseInt(text, 10);
    if (text.length <= 2) {
      return 2500 + year - BE_OFFSET;
    }
    return year >= 2400 ? year - BE_OFFSET : year;
  }

  function dateOf(year, month, day) {
    var date = new Date(year, month, day);
    if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) {
      return undefined; // 31/02, 29/02 of a common year...
    }
    return date;
  }

  // Day first, as Thai people write dates: "30/11/2569", "๓๐-๑๑-๒๕๖๙", "30.11.69",
  // "30 พ.ย. 2569", "30 พฤศจิกายน พ.ศ. 2569"; also ISO "2026-11-30". Anything else: undefined
  // (flatpickr then reports an invalid date and form-js keeps the field empty).
  function parseThaiDate(input) {
    var text = arabicDigits(input).trim().replace(/\s+/g, ' ');
    var match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (match) {
      return dateOf(christianYear(match[1]), parseInt(match[2], 10) - 1, parseInt(match[3], 10));
    }
    match = /^(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{2}|\d{4})$/.exec(text);
    if (match) {
      return dateOf(christianYear(match[3]), parseInt(match[2], 10) - 1, parseInt(match[1], 10));
    }
    match = /^(\d{1,2}) ?([\u0E00-\u0E4F.]+) ?(\d{2}|\d{4})$/.exec(text.replace(/ ?พ\.? ?ศ\.? ?/, ' ').trim());
    if (match) {
      var month = thaiMonth(match[2]);
      return month < 0 ? undefined : dateOf(christianYear(match[3]), month, parseInt(match[1], 10));
    }
    return undefined;
  }

  // The calendar's year box is a number input that flatpickr reads and writes as a Christian-era
  // year: this one input shows and takes the Buddhist Era year, flatpickr still sees CE.
  function buddhistYearBox(input) {
    if (!input || input.meBuddhistEra) {
      return;
    }
    input.meBuddhistEra = true;
    var native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    var current = parseInt(native.get.call(input), 10);
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: function () {
        var shown = native.get.call(this);
        var year = parseInt(shown, 10);
        return isNaN(year) ? shown : String(year - BE_OFFSET);
      },
      set: function (value) {
        var year = parseInt(value, 10);
        native.set.call(this, isNaN(year) ? value : String(year + BE_OFFSET));
      }
    });
    if (!isNaN(current)) {
      input.value = String(current);
    }
    input.setAttribute('aria-label', 'ปี พ.ศ.');
  }

  // ---------------------------------------------------------------------------------------------
  // Holidays: GET /api/fiscal-years/{BE}/holidays -> [{date: "YYYY-MM-DD", name}], fiscal year
  // October to September. One request per fiscal year for the page's life.

  var holidayYears = {};

  function contextPath() {
    // <base app-root="/camunda">: the web apps live under <context path>/camunda.
    var base = document.querySelector('base');
    var appRoot = (base && base.getAttribute('app-root')) || '/camunda';
    return appRoot.replace(/\/camunda\/?$/, '');
  }

  function fiscalYearOf(date) {
    return date.getFullYear() + BE_OFFSET + (date.getMonth() >= 9 ? 1 : 0);
  }

  // The holidays of a fiscal year ({"YYYY-MM-DD": name}), or null while they are being fetched;
  // `whenLoaded` (once per `key`) is called when they arrive.
  function holidaysOf(fiscalYear, key, whenLoaded) {
    var year = holidayYears[fiscalYear];
    if (!year) {
      year = holidayYears[fiscalYear] = { days: null, waiting: [] };
      window.fetch(contextPath() + '/api/fiscal-years/' + fiscalYear + '/holidays', {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' }
      }).then(function (response) {
        return response.ok ? response.json() : []; // 404 until the holiday calendar is there
      }).catch(function () {
        return [];
      }).then(function (list) {
        var days = {};
        (Array.isArray(list) ? list : []).forEach(function (holiday) {
          if (holiday && holiday.date) {
            days[holiday.date] = days[holiday.date] ? days[holiday.date] + ', ' + holiday.name : holiday.name;
          }
        });
        year.days = days;
        var waiting = year.waiting;
        year.waiting = [];
        waiting.forEach(function (entry) {
          entry.whenLoaded();
        });
      });
    }
    if (!year.days) {
      var known = year.waiting.some(function (entry) {
        return entry.key === key;
      });
      if (!known && whenLoaded) {
        year.waiting.push({ key: key, whenLoaded: whenLoaded });
      }
      return null;
    }
    return year.days;
  }

  // The holiday on a day (its Thai name), or null; for other pickers (thai-ui.js: Tasklist's
  // follow-up/due-date picker), which pass a key and what to do when a fiscal year arrives.
  function holidayOn(date, key, whenLoaded) {
    var days = holidaysOf(fiscalYearOf(date), key, whenLoaded);
    return (days && days[isoDay(date)]) || null;
  }

  function redrawLater(fp) {
    return function () {
      if (fp.calendarContainer && fp.daysContainer) {
        fp.redraw();
      }
    };
  }

  // flatpickr's onDayCreate: a holiday gets a class, its name as tooltip and for screen readers.
  function markHoliday(selected, text, fp, day) {
    var date = day.dateObj;
    if (!date) {
      return;
    }
    var name = holidayOn(date, fp, redrawLater(fp));
    if (name) {
      day.classList.add('me-holiday');
      day.title = name;
      day.setAttribute('aria-label', (day.getAttribute('aria-label') || '') + ' ' + name);
    }
    scheduleHolidayList(fp);
  }

  // Below the calendar: the holidays of the month shown ("5 ธ.ค. วันพ่อแห่งชาติ"), for those who
  // cannot hover (touch screens).
  function scheduleHolidayList(fp) {
    if (fp.meListPending) {
      return;
    }
    fp.meListPending = true;
    Promise.resolve().then(function () {
      fp.meListPending = false;
      if (!fp.calendarContainer) {
        return;
      }
      var box = fp.calendarContainer.querySelector('.me-holiday-list');
      if (!box) {
        box = document.createElement('div');
        box.className = 'me-holiday-list';
        box.setAttribute('aria-live', 'polite');
        fp.calendarContainer.appendChild(box);
      }
      var lines = [];
      var first = new Date(fp.currentYear, fp.currentMonth, 1);
      var days = holidaysOf(fiscalYearOf(first), fp, redrawLater(fp)) || {};
      Object.keys(days).sort().forEach(function (iso) {
        var parts = iso.split('-');
        if (parseInt(parts[0], 10) === fp.currentYear && parseInt(parts[1], 10) - 1 === fp.currentMonth) {
          var date = new Date(fp.currentYear, fp.currentMonth, parseInt(parts[2], 10));
          lines.push((thai ? fieldText(date).replace(/ \d+$/, '') : iso) + ' ' + days[iso]);
        }
      });
      box.textContent = '';
      lines.forEach(function (line) {
        var row = document.createElement('div');
        row.textContent = line;
        box.appendChild(row);
      });
      box.hidden = lines.length === 0;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The date pickers of form-js

  function enhancePicker(fp) {
    if (!fp || fp.meThai || !fp.config) {
      return;
    }
    fp.meThai = true;
    if (thai) {
      // flatpickr calls config.formatDate / config.parseDate, when set, for every date it writes
      // or reads (the field, the days' labels, minDate "01/01/1900" from form-js).
      fp.config.formatDate = function (date, format) {
        if (format === fp.config.dateFormat) {
          return fieldText(date);
        }
        if (format === fp.config.ariaDateFormat) {
          return longText(date);
        }
        return tokenText(date, format);
      };
      fp.config.parseDate = function (text) {
        return parseThaiDate(text);
      };
      (fp.yearElements || [fp.currentYearElement]).forEach(buddhistYearBox);
      fp.input.setAttribute('placeholder', FIELD_PLACEHOLDER);
      fp.input.setAttribute('title', 'วันที่ เช่น 30/11/2569 หรือ ๓๐/๑๑/๒๕๖๙ (พ.ศ.)');
      fp.calendarContainer && fp.calendarContainer.setAttribute('lang', 'th');
      fp.config.onDayCreate.push(markHoliday);
      // Thai names in the calendar; flatpickr redraws and rewrites the field with our format.
      fp.set('locale', FLATPICKR_THAI);
    } else {
      fp.config.onDayCreate.push(markHoliday);
      fp.redraw();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // form-js texts

  var TEXTS = {
    'Field is required.': 'กรุณากรอกช่องนี้',
    'Field must be a valid email.': 'กรุณากรอกอีเมลให้ถูกต้อง เช่น name@example.go.th',
    'Field must be a valid  international phone number. (e.g. +4930664040900)':
      'กรุณากรอกหมายเลขโทรศัพท์แบบสากล เช่น +66812345678',
    'Value is not a number.': 'กรุณากรอกเป็นตัวเลข',
    'Value is expected to be an integer.': 'กรุณากรอกเป็นจำนวนเต็ม',
    'Date and time must both be entered.': 'กรุณากรอกทั้งวันที่และเวลา',
    'Select': 'เลือก',
    'Search': 'ค้นหา',
    'No results': 'ไม่พบรายการ',
    'All values selected': 'เลือกครบทุกรายการแล้ว',
    'Add new': 'เพิ่มรายการ',
    'Collapse': 'ย่อรายการ',
    'Remove tag': 'นำออก',
    'Skip to search': 'ข้ามไปช่องค้นหา',
    'Nothing to show.': 'ไม่มีข้อมูล',
    'Previous page': 'หน้าก่อนหน้า',
    'Next page': 'หน้าถัดไป',
    'Click to remove sorting': 'คลิกเพื่อยกเลิกการเรียงลำดับ',
    'Increment': 'เพิ่มค่า',
    'Decrement': 'ลดค่า',
    'hh:mm': 'ชช:นน',
    // The table's pager ("1 of 3") and flatpickr's month list, built before its locale is set.
    'of': 'จาก',
    'Month': 'เดือน',
    'Year': 'ปี',
    'No content to show.': 'ไม่มีเนื้อหาให้แสดง',
    'External content couldn\'t be loaded.': 'โหลดเนื้อหาจากภายนอกไม่ได้',
    'This is an image placeholder': 'ตำแหน่งรูปภาพ',
    'No options source defined in the form definition': 'แบบฟอร์มยังไม่ได้กำหนดแหล่งของตัวเลือก',
    // The bpmn.io mark stays (its licence asks for it); only its words are Thai.
    'Powered by bpmn.io': 'พัฒนาด้วย bpmn.io',
    'Web-based tooling for BPMN, DMN, and forms powered by': 'เครื่องมือบนเว็บสำหรับ BPMN, DMN และแบบฟอร์ม พัฒนาโดย'
  };

  var PATTERNS = [
    [/^Field must have minimum length of (.+)\.$/, 'ต้องยาวอย่างน้อย $1 ตัวอักษร'],
    [/^Field must have maximum length of (.+)\.$/, 'ยาวได้ไม่เกิน $1 ตัวอักษร'],
    [/^Field must have minimum value of (.+)\.$/, 'ค่าต้องไม่น้อยกว่า $1'],
    [/^Field must have maximum value of (.+)\.$/, 'ค่าต้องไม่มากกว่า $1'],
    [/^Field must match pattern (.+)\.$/, 'รูปแบบไม่ถูกต้อง (ต้องตรงกับรูปแบบ $1)'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'ทศนิยมได้ไม่เกิน $1 ตำแหน่ง'],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
      'กรุณากรอกค่าที่ถูกต้อง ค่าที่ใกล้ที่สุดคือ $1 และ $2'],
    [/^Expand all \((\d+)\)$/, 'แสดงทั้งหมด ($1)'],
    [/^Remove list item (\d+)$/, 'ลบรายการที่ $1'],
    [/^Click to sort by (.+) descending$/, 'คลิกเพื่อเรียง $1 จากมากไปน้อย'],
    [/^Click to sort by (.+) ascending$/, 'คลิกเพื่อเรียง $1 จากน้อยไปมาก'],
    [/^(?:mm|dd|m|d|yyyy|yy)[/.\-](?:mm|dd|m|d|yyyy|yy)[/.\-](?:mm|dd|m|d|yyyy|yy)$/, FIELD_PLACEHOLDER]
  ];

  function translate(text) {
    var trimmed = text.trim();
    if (!trimmed || !/[A-Za-z]/.test(trimmed)) {
      return null;
    }
    var thaiText = Object.prototype.hasOwnProperty.call(TEXTS, trimmed) ? TEXTS[trimmed] : null;
    for (var i = 0; !thaiText && i < PATTERNS.length; i++) {
      if (PATTERNS[i][0].test(trimmed)) {
        thaiText = trimmed.replace(PATTERNS[i][0], PATTERNS[i][1]);
      }
    }
    return thaiText && text.replace(trimmed, thaiText);
  }

  var ATTRIBUTES = ['placeholder', 'aria-label', 'title', 'alt'];

  function translateElement(element) {
    if (!thai) {
      return;
    }
    ATTRIBUTES.forEach(function (name) {
      var value = element.getAttribute(name);
      var translated = value && translate(value);
      if (translated) {
        element.setAttribute(name, translated);
      }
    });
  }

  function translateText(node) {
    if (!thai || node.parentElement && /^(SCRIPT|STYLE|TEXTAREA)$/.test(node.parentElement.tagName)) {
      return;
    }
    var translated = translate(node.data);
    if (translated) {
      node.data = translated;
    }
  }

  // Everything under a node that is part of a form: texts, attributes, date pickers.
  function enhanceTree(root) {
    if (root.nodeType === 3) {
      translateText(root);
      return;
    }
    if (root.nodeType !== 1) {
      return;
    }
    translateElement(root);
    if (root._flatpickr) {
      enhancePicker(root._flatpickr);
    }
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        translateText(node);
      } else {
        translateElement(node);
        if (node._flatpickr) {
          enhancePicker(node._flatpickr);
        }
      }
    }
  }

  function inForm(node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    return !!(element && element.closest('.fjs-container'));
  }

  function onMutations(mutations) {
    mutations.forEach(function (mutation) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(function (node) {
          if (inForm(node)) {
            enhanceTree(node);
          } else if (node.nodeType === 1 && node.querySelectorAll) {
            node.querySelectorAll('.fjs-container').forEach(enhanceTree);
          }
        });
      } else if (inForm(mutation.target)) {
        if (mutation.type === 'characterData') {
          translateText(mutation.target);
        } else if (mutation.attributeName === 'class' && mutation.target._flatpickr) {
          enhancePicker(mutation.target._flatpickr); // flatpickr marks its input when it starts
        } else if (mutation.attributeName !== 'class') {
          translateElement(mutation.target);
        }
      }
    });
  }

  function start() {
    new MutationObserver(onMutations).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ATTRIBUTES.concat(['class'])
    });
    document.querySelectorAll('.fjs-container').forEach(enhanceTree);
  }

  // Only Tasklist renders Camunda Forms (the module is loaded by every app's config).
  var base = document.querySelector('base');
  if (base && base.getAttribute('app-name') === 'tasklist') {
    if (document.body) {
      start();
    } else {
      document.addEventListener('DOMContentLoaded', start);
    }
  }

  // For the browser test and for whoever debugs a form in the console.
  return {
    parseThaiDate: parseThaiDate,
    holidayOn: holidayOn,
    fieldText: fieldText,
    translate: translate
  };
});
