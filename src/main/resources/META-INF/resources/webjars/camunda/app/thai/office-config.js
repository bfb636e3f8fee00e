// What the four web apps' scripts/config.js share: the office's name, the language and the
// Thai interface helpers. Each app's config.js imports it (the apps load config.js as an ES module).

// Language: Thai unless this browser chose English with the "ไทย | English" switch, which stores
// localStorage "me.lang" = "en" (see thai-ui.js). Only the chosen language is offered, so the
// browser's own language (navigator.languages[0]) does not decide, and only that locale file is
// loaded: moment.js then formats every date in that language.
export const language = (() => {
  try {
    return window.localStorage.getItem('me.lang') === 'en' ? 'en' : 'th';
  } catch (e) {
    return 'th';
  }
})();
document.documentElement.lang = language;

// RequireJS gives up on a module after 7 s by default, and the app then spins forever (seen on a
// busy server with Camunda's own tasklist plugin). The apps load their plugins before they apply
// requireJsConfig, so the longer wait is set here, when config.js is read, for every module.
if (window.require && typeof window.require.config === 'function') {
  window.require.config({ waitSeconds: 300 });
}

// Thai dates: Thai month names and the Buddhist Era year ("yyyy" = era year in locales/th.json),
// e.g. "30 พฤศจิกายน 2569 เวลา 16:30". English keeps the apps' defaults.
export function thaiDates(normal) {
  return language === 'th' ? {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: normal || 'LLL',
    long: 'LLLL',
    short: 'LL'
  } : undefined;
}

// The configuration every app starts from; an app adds its own settings.
export function officeConfig(settings) {
  return {
    app: {
      name: 'ระบบติดตาม ประเมินผล และรายงานผล',
      vendor: 'สพป.'
    },
    locales: {
      availableLocales: [language],
      fallbackLocale: language
    },
    // thai-ui.js: the language switch, Sarabun preloading, dateFormat in every app, due-date sorting;
    // thai-forms.js: Tasklist's Camunda Forms in Thai.
    requireJsConfig: {
      paths: {
        'me-thai-ui': new URL('./thai-ui', import.meta.url).pathname,
        // Camunda Forms in Thai (Buddhist Era dates, holidays, texts); it acts in Tasklist only.
        'me-thai-forms': new URL('./thai-forms', import.meta.url).pathname
      },
      // Loaded with the app: Camunda removes window.define once the app has started.
      deps: ['me-thai-ui', 'me-thai-forms'],
      ngDeps: ['me.thaiUi'],
      // See above (0, "no limit", would be dropped: Camunda copies only truthy settings).
      waitSeconds: 300
    },
    ...settings
  };
}
