// Tasklist settings for the สพป. monitoring, evaluation and reporting system.
// The Tasklist bootstrap loads this file with import(), so it must remain an
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
  },

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
