// Admin settings for the สพป. monitoring, evaluation and reporting system (shared part:
// ../../thai/office-config.js). The Admin bootstrap loads this file as an ES module.
import { officeConfig, thaiDates } from '../../thai/office-config.js';

export default officeConfig({
  dateFormat: thaiDates()
});
