// Tasklist settings for the สพป. monitoring, evaluation and reporting system.
// The Tasklist bootstrap loads this file with import(), so it must remain an
// ES module whose default export is a plain configuration object.

// Language: Thai unless this browser chose English with the "ไทย | English" switch, which stores
// localStorage "me.lang" = "en" (see ../../thai/thai-ui.js). Only the chosen language is offered,
// so the browser's own language (navigator.languages[0]) does not decide, and only that locale
// file is loaded: moment.js then formats every date in that language.
const language = (() => {
  try {
    return window.localStorage.getItem('me.lang') === 'en' ? 'en' : 'th';
  } catch (e) {
    return 'th';
  }
})();
document.documentElement.lang = language;

// thai-ui.js: the language switch, Sarabun preloading and `dateFormat` for every app.
const thaiUi = new URL('../../thai/thai-ui', import.meta.url).pathname;

export default {
  app: {
    name: 'ระบบติดตาม ประเมินผล และรายงานผล',
    vendor: 'สพป.'
  },

  locales: {
    availableLocales: [language],
    fallbackLocale: language
  },

  requireJsConfig: {
    paths: { 'me-thai-ui': thaiUi },
    deps: ['me-thai-ui'],
    ngDeps: ['me.thaiUi']
  },

  // Thai dates: Thai month names and the Buddhist Era year ("yyyy" = era year in locales/th.json),
  // e.g. due "30 พฤศจิกายน 2569 เวลา 16:30". English keeps the apps' defaults.
  dateFormat: language === 'th' ? {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  } : undefined,

  // Keyboard shortcuts listed in the Tasklist help dialog.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'รับงานที่เลือกอยู่ในขณะนี้'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'ย้ายเคอร์เซอร์ไปยังตัวกรองแรกในรายการ'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'ย้ายเคอร์เซอร์ไปยังงานแรกในรายการ'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'ย้ายเคอร์เซอร์ไปยังช่องกรอกข้อมูลแรกในแบบฟอร์มงาน'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'เปิดหน้าต่างเริ่มกระบวนการ'
    }
  }
};
