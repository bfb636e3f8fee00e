// Cockpit settings for the สพป. monitoring, evaluation and reporting system (shared part:
// ../../thai/office-config.js). The Cockpit bootstrap loads this file as an ES module.
import { officeConfig, thaiDates } from '../../thai/office-config.js';

export default officeConfig({
  // Cockpit fixes its date format to "YYYY-MM-DD[T]HH:mm:ss"; thai-ui.js applies this instead in
  // Thai (Buddhist Era year, e.g. "21 พ.ย. 2569 10:15:00"). English keeps Cockpit's own format.
  dateFormat: thaiDates('D MMM yyyy HH:mm:ss'),
  // The fiscal-year board (dashboard, #/year-board and its menu entry): scripts/year-board.js
  customScripts: ['scripts/year-board.js']
});
