/**
 * Code that only a command needs, bundled apart from `dist/extension.js` and loaded the
 * first time the command runs, so activation neither reads nor compiles it (VS Code
 * loads the whole main bundle before `activate`). `lazyBundles` in scripts/build.mjs
 * lists them. What goes there takes plain data from the main bundle (documents, values)
 * and never its classes, catalogs or errors: a second copy of the core code it imports
 * cannot be mixed up with the main bundle's. `vscode` is external to both.
 */
import type * as RiskReports from '../core/risk/report/renderReport';
import type * as HeatMap from './webviews/heatMapPanel';
import type * as DecisionGraph from './webviews/decisionGraphPanel';

/** The risk report writers (Markdown, CSV, HTML): used by "Export Risk Report". */
export function riskReports(): typeof RiskReports {
  // A literal path, so the build can mark it external; resolved next to dist/extension.js.
  return require('./risk-reports.js') as typeof RiskReports;
}

/** The risk heat-map webview: used by "Show Heat Map". */
export function heatMapPanel(): typeof HeatMap {
  return require('./heat-map.js') as typeof HeatMap;
}

/** The decision-graph webview: used by "Show Graph" (the graph itself comes from the main bundle). */
export function decisionGraphPanel(): typeof DecisionGraph {
  return require('./decision-graph.js') as typeof DecisionGraph;
}
