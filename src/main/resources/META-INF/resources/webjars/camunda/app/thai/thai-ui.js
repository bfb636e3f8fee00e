/*
 * Thai interface helpers shared by the four web apps (Tasklist, Cockpit, Admin, Welcome). Each
 * app's scripts/config.js loads this file through `requireJsConfig` (an AMD module, loaded before
 * the app starts) and adds its Angular module `me.thaiUi` to the app.
 *
 * - The language is Thai unless this browser chose English: localStorage key `me.lang` ("th" or
 *   "en"), read by config.js, which makes the app load only that language's locale file (so the
 *   dates follow the same language).
 * - A small "ไทย | English" switch (bottom right, on every page including the login page) sets the
 *   key and reloads the page.
 * - The `dateFormat` of config.js is applied in every app (the apps themselves read it only in
 *   Tasklist; Cockpit has a fixed "YYYY-MM-DD[T]HH:mm:ss" otherwise).
 * - Tasklist lists tasks by due date, earliest first, unless the person chose another sorting.
 * - Tasklist's follow-up/due-date picker: Thai months and days, Buddhist Era years, holidays.
 * - The Sarabun web font (styles in thai-ui.css) is fetched at once, so that the first screen
 *   and the diagrams are measured and drawn with it.
 * - Camunda's "migrate to Camunda 8" banner is hidden (thai-ui.css) except in Admin.
 */
define(['angular', 'me-thai-forms'], function (angular, thaiForms) {
  'use strict';

  var KEY = 'me.lang';
  var LANGUAGES = [
    { id: 'th', label: 'ไทย', title: 'ใช้ภาษาไทย' },
    { id: 'en', label: 'English', title: 'Use English' }
  ];

  function storedLanguage() {
    try {
      return window.localStorage.getItem(KEY) === 'en' ? 'en' : 'th';
    } catch (e) {
      return 'th';
    }
  }

  function choose(language) {
    try {
      window.localStorage.setItem(KEY, language);
    } catch (e) {
      return; // storage disabled: nothing would change after the reload
    }
    window.location.reload();
  }

  var language = storedLanguage();

  function addSwitch() {
    if (document.getElementById('me-lang-switch')) {
      return;
    }
    var box = document.createElement('div');
    box.id = 'me-lang-switch';
    box.className = 'me-lang-switch';
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', 'ภาษา / Language');
    LANGUAGES.forEach(function (item, index) {
      if (index > 0) {
        box.appendChild(document.createTextNode(' | '));
      }
      var link = document.createElement('a');
      link.href = '';
      link.lang = item.id;
      link.title = item.title;
      link.textContent = item.label;
      link.setAttribute('data-lang', item.id);
      if (item.id === language) {
        link.className = 'active';
        link.setAttribute('aria-current', 'true');
      }
      link.addEventListener('click', function (event) {
        event.preventDefault();
        if (item.id !== storedLanguage()) {
          choose(item.id);
        }
      });
      box.appendChild(link);
    });
    document.body.appendChild(box);
  }

  if (document.body) {
    addSwitch();
  } else {
    document.addEventListener('DOMContentLoaded', addSwitch);
  }

  if (document.fonts && document.fonts.load) {
    ['400', '700'].forEach(function (weight) {
      document.fonts.load(weight + ' 16px Sarabun', 'ภาษาไทย Thai').catch(function () {});
    });
  }

  function appName() {
    var base = document.querySelector('base');
    return (base && base.getAttribute('app-name')) || '';
  }

  function appConfiguration() {
    var app = appName();
    if (!app) {
      return null;
    }
    return window['cam' + app.charAt(0).toUpperCase() + app.slice(1) + 'Conf'] || null;
  }

  // Tasklist sorts its list by the "sorting" of the address (default: created, newest first) and
  // ignores the sorting saved in the filter: start with the due date, earliest first, as the
  // office's filters are sorted. A sorting the person chooses stays in the address as before.
  var DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

  // Tasklist's own date picker (follow-up and due date: angular-ui-bootstrap's uib-datepicker)
  // names months and days with Angular's $locale (English) and writes years with the date filter,
  // which knows no Buddhist Era: in Thai, $locale gets Thai names and the picker's year formats
  // use "BBBB", which the decorated date filter turns into the Buddhist Era year.
  var THAI_LOCALE = {
    MONTH: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม',
      'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
    SHORTMONTH: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
    STANDALONEMONTH: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม',
      'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
    DAY: ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'],
    SHORTDAY: ['อา', 'จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส']
  };
  var thaiPickers = language === 'th' && appName() === 'tasklist';

  // Public holidays marked in that picker too (class me-holiday, thai-ui.css), from the holiday
  // calendar through thai-forms.js. uib-datepicker asks its scope's customClass for every day; the
  // picker is redrawn when a fiscal year's holidays arrive.
  function markHolidays(directive) {
    var link = directive.link;
    directive.compile = function () {
      return function (scope, element, attrs, controllers) {
        var own = scope.customClass;
        var redraw = function () {
          scope.$applyAsync(function () {
            if (controllers[0].element) {
              controllers[0].refreshView();
            }
          });
        };
        scope.customClass = function (day) {
          var classes = own && own !== angular.noop ? own(day) || '' : '';
          if (day.mode === 'day' && day.date && thaiForms.holidayOn(day.date, scope, redraw)) {
            classes += ' me-holiday';
          }
          return classes;
        };
        return link.apply(this, arguments);
      };
    };
  }

  return angular.module('me.thaiUi', []).config(['$provide', '$injector', function ($provide, $injector) {
    if (appName() === 'tasklist' && $injector.has('uibDatepickerDirective')) {
      $provide.decorator('uibDatepickerDirective', ['$delegate', function (directives) {
        markHolidays(directives[0]);
        return directives;
      }]);
    }
    if (!thaiPickers) {
      return;
    }
    $provide.decorator('dateFilter', ['$delegate', function (dateFilter) {
      return function (date, format, timezone) {
        if (typeof format === 'string' && format.indexOf('BBBB') >= 0 && date) {
          var value = date instanceof Date ? date : new Date(date);
          if (!isNaN(value.getTime())) {
            format = format.replace(/BBBB/g, "'" + (value.getFullYear() + 543) + "'");
          }
        }
        return dateFilter(date, format, timezone);
      };
    }]);
    if ($injector.has('uibDatepickerConfig')) {
      var picker = $injector.get('uibDatepickerConfig');
      picker.formatDayTitle = 'MMMM BBBB';
      picker.formatMonthTitle = 'BBBB';
      picker.formatYear = 'BBBB';
      picker.showWeeks = false;
    }
  }]).run(['$injector', function ($injector) {
    if (appName() !== 'tasklist') {
      return;
    }
    if (thaiPickers) {
      angular.extend($injector.get('$locale').DATETIME_FORMATS, THAI_LOCALE);
    }
    var $location = $injector.get('$location');
    var sortByDueDate = function () {
      if ($location.path() === '/' && !$location.search().sorting) {
        $location.search('sorting', DUE_FIRST).replace();
      }
    };
    $injector.get('$rootScope').$on('$locationChangeSuccess', sortByDueDate);
    sortByDueDate();
  }]).config(['$injector', function ($injector) {
    var configuration = appConfiguration();
    if (!configuration || !configuration.dateFormat || !$injector.has('camDateFormatProvider')) {
      return;
    }
    var dateFormats = $injector.get('camDateFormatProvider');
    Object.keys(configuration.dateFormat).forEach(function (name) {
      dateFormats.setDateFormat(configuration.dateFormat[name], name);
    });
  }]);
});
