/**
 * Code that only a command needs, bundled apart from `dist/extension.js` and loaded the
 * first time the command runs, so activation neither reads nor compiles it (VS Code
 * loads the whole main bundle before `activate`). `lazyBundles` in scripts/build.mjs
 * lists them; the modules here hold plain functions over plain data, so a
 * second copy of the core code they import cannot be mixed up with the main bundle's
 * (no classes, catalogs or errors cross between the two).
 */
import type * as RiskReports from '../core/risk/report/renderReport';

/** The risk report writers (Markdown, CSV, HTML): used by "Export Risk Report". */
export function riskReports(): typeof RiskReports {
  // A literal path, so the build can mark it external; resolved next to dist/extension.js.
  return require('./risk-reports.js') as typeof RiskReports;
}
