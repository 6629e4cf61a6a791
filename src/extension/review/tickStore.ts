import * as vscode from 'vscode';
import type { ChecklistItem, Guideline } from '../../core/guidelines/model';
import { tickKey, type ChecklistTicks } from '../../core/review/ticks';

const KEY_PREFIX = 'techlead.review.ticks:';

/**
 * The boxes a reviewer ticked, in workspace state so they survive a reload: one record
 * per repository and branch (a tick scope), keyed by the core's tickKey, which carries
 * the guideline's version, so ticks made against an older text stop counting.
 */
export class TickStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<string>();
  /** Fires with the tick scope that changed. */
  readonly onDidChange = this.emitter.event;

  constructor(readonly state: vscode.Memento) {}

  ticks(tickScope: string): ChecklistTicks {
    return this.state.get<ChecklistTicks>(KEY_PREFIX + tickScope, {});
  }

  /**
   * Records a tick. Ticks of guideline versions that no longer exist are dropped on the
   * way, so the record does not grow with every edit of a guideline.
   */
  async set(tickScope: string, guideline: Guideline, item: ChecklistItem, ticked: boolean, liveGuidelines: readonly Guideline[]): Promise<void> {
    const livePrefixes = liveGuidelines.map((g) => `${g.id}@${g.version}#`);
    const kept = Object.entries(this.ticks(tickScope)).filter(([key]) => livePrefixes.some((p) => key.startsWith(p)));
    const next: Record<string, boolean> = Object.fromEntries(kept);
    next[tickKey(guideline, item)] = ticked;
    await this.state.update(KEY_PREFIX + tickScope, next);
    this.emitter.fire(tickScope);
  }

  async reset(tickScope: string): Promise<void> {
    await this.state.update(KEY_PREFIX + tickScope, undefined);
    this.emitter.fire(tickScope);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** The tick scope of a repository on a branch. */
export function tickScopeOf(repositoryRoot: vscode.Uri, branch: string): string {
  return `${repositoryRoot.toString()}#${branch}`;
}
