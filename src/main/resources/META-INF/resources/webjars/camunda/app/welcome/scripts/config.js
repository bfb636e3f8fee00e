// Welcome settings for the สพป. monitoring, evaluation and reporting system.
// The Welcome bootstrap loads this file with import(), so it must remain an
// ES module whose default export is a plain configuration object.
export default {
  app: {
    name: 'ระบบติดตาม ประเมินผล และรายงานผล',
    vendor: 'สพป.'
  },

  // Thai is the fallback; English is used only for browsers whose first
  // preferred language is English (see locales/th.json and locales/en.json).
  locales: {
    availableLocales: ['th', 'en'],
    fallbackLocale: 'th'
  }
};
