import * as vscode from 'vscode';
import { heatMap } from '../../core/risk/report/heatMap';
import type { WorkspaceIndexes } from '../workspace/workspaceIndexes';
import { webviewShell } from './webviewHtml';

/** What the heat map page receives: plain data, rendered by media/heatmap.js with textContent only. */
export interface HeatMapMessage {
  readonly type: 'data';
  readonly assessment: 'inherent' | 'residual';
  readonly likelihoodWords: readonly string[];
  readonly impactWords: readonly string[];
  readonly cells: readonly (readonly { count: number; risks: readonly { key: string; id: string; title: string; owner: string; score: number | null }[] }[])[];
  readonly unplaced: number;
  readonly total: number;
  readonly bands: { critical: number; high: number; medium: number };
}

type FromPage = { type: 'ready' } | { type: 'toggle'; assessment: 'inherent' | 'residual' } | { type: 'open'; key: string };

/** The 5×5 likelihood × impact heat map of open risks, inherent or residual. One panel at a time. */
export class HeatMapPanel implements vscode.Disposable {
  static readonly viewType = 'techlead.riskHeatMap';
  private static current: HeatMapPanel | undefined;
  private assessment: 'inherent' | 'residual' = 'inherent';
  private readonly disposables: vscode.Disposable[] = [];
  private readonly locations = new Map<string, { uri: vscode.Uri; range: vscode.Range }>();

  static show(extensionUri: vscode.Uri, indexes: WorkspaceIndexes): HeatMapPanel {
    if (HeatMapPanel.current) {
      HeatMapPanel.current.panel.reveal();
      return HeatMapPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(HeatMapPanel.viewType, 'Risk Heat Map', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
      retainContextWhenHidden: false,
    });
    HeatMapPanel.current = new HeatMapPanel(panel, extensionUri, indexes);
    return HeatMapPanel.current;
  }

  private constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly indexes: WorkspaceIndexes) {
    panel.webview.html = webviewShell(panel.webview, extensionUri, { title: 'Risk Heat Map', script: 'heatmap.js', style: 'heatmap.css' });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: FromPage) => this.onMessage(m)),
      indexes.onDidChange((c) => c.kinds.has('risk') && this.post()),
    );
  }

  private onMessage(m: FromPage): void {
    if (m.type === 'ready') this.post();
    else if (m.type === 'toggle' && (m.assessment === 'inherent' || m.assessment === 'residual')) {
      this.assessment = m.assessment;
      this.post();
    } else if (m.type === 'open' && typeof m.key === 'string') {
      const loc = this.locations.get(m.key);
      if (loc) void vscode.window.showTextDocument(loc.uri, { selection: loc.range, viewColumn: vscode.ViewColumn.Beside });
    }
  }

  private post(): void {
    this.locations.clear();
    const open = this.indexes.folders().flatMap((entry) => entry.index.documents('risk').flatMap((register) => register.risks
      .filter((risk) => risk.effectiveStatus !== 'closed')
      .map((risk) => ({ entry, register, risk }))));
    // The map is 5 × 5: its axis words come from a register rated on five levels when there is one.
    const first = open.find((o) => o.register.scales.likelihood.length === 5 && o.register.scales.impact.length === 5)?.register ?? open[0]?.register;
    const keyed = open.map((o, i) => {
      const key = String(i);
      const a = o.risk.anchor;
      this.locations.set(key, { uri: o.entry.fs.uri(o.register.path), range: new vscode.Range(a.start.line, a.start.character, a.end.line, a.end.character) });
      return { key, o };
    });
    const map = heatMap(keyed.map(({ key, o }) => ({ id: key, likelihood: o.risk.likelihood, impact: o.risk.impact, residual: o.risk.residual ?? null, levels: { likelihood: o.register.scales.likelihood.length, impact: o.register.scales.impact.length } })), this.assessment);
    const byKey = new Map(keyed.map(({ key, o }) => [key, o]));
    const message: HeatMapMessage = {
      type: 'data',
      assessment: this.assessment,
      likelihoodWords: first?.scales.likelihood ?? [],
      impactWords: first?.scales.impact ?? [],
      bands: first?.scales.bands ?? { critical: 15, high: 10, medium: 5 },
      unplaced: map.unplaced,
      total: map.total,
      cells: map.cells.map((row) => row.map((cell) => ({
        count: cell.count,
        risks: cell.ids.map((key) => {
          const o = byKey.get(key)!;
          return { key, id: o.risk.id ?? '', title: o.risk.title ?? '', owner: o.risk.owner?.name ?? o.risk.owner?.text ?? '', score: o.risk.score ?? null };
        }),
      }))),
    };
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    HeatMapPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}
