// Welcome page settings for the สพป. monitoring, evaluation and reporting system (shared part:
// ../../thai/office-config.js). The Welcome bootstrap loads this file as an ES module.
import { officeConfig } from '../../thai/office-config.js';

export default officeConfig({});
