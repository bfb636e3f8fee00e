// Cockpit settings for the สพป. monitoring, evaluation and reporting system.
// The Cockpit bootstrap loads this file with import(), so it must remain an
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

  // Cockpit fixes its date format to "YYYY-MM-DD[T]HH:mm:ss"; thai-ui.js applies this instead in
  // Thai (Buddhist Era year, e.g. "21 พ.ย. 2569 10:15:00"). English keeps Cockpit's own format.
  dateFormat: language === 'th' ? {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'D MMM yyyy HH:mm:ss',
    long: 'LLLL',
    short: 'LL'
  } : undefined
};
