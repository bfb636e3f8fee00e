// Tasklist settings for the สพป. monitoring, evaluation and reporting system (shared part:
// ../../thai/office-config.js). The Tasklist bootstrap loads this file as an ES module.
import { officeConfig, thaiDates } from '../../thai/office-config.js';

export default officeConfig({
  dateFormat: thaiDates(),

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
});
