import * as vscode from 'vscode';
import { systemClock } from '../../core/host';
import type { Risk, RiskRegister, RiskStatus } from '../../core/risk/model';
import { RISK_STATUSES } from '../../core/risk/model';
import { planAddRisk } from '../../core/risk/edit/addRisk';
import { planChangeStatus, planClose, planMarkReviewed, planReassess } from '../../core/risk/edit/updateRisk';
import type { PlanResult } from '../../core/risk/edit/planResult';
import { listRisks } from '../../core/risk/report/listRisks';
import type { ReportFormat } from '../../core/risk/report/renderReport';
import { riskReports } from '../lazyModules';
import { Commands, ContextKeys } from '../ids';
import { applyChanges } from '../edits/applyChanges';
import { gitIdentity } from '../git/gitApi';
import type { FolderEntry, WorkspaceIndexes } from '../workspace/workspaceIndexes';
import type { RiskNode, RisksTreeProvider } from '../views/risks/risksTree';
import { RISK_GROUPINGS } from '../views/risks/riskPresentation';
import { markedReviewedMessage, riskDescription, riskLabel } from '../views/risks/riskText';
import { addDays, pickFolder, pickWithActive, validateIsoDate } from './pickers';

interface RiskTarget {
  readonly entry: FolderEntry;
  readonly register: RiskRegister;
  readonly risk: Risk;
}

/** The risk commands (category "Risk"): guided edits that keep the register's comments and layout. */
export function registerRiskCommands(indexes: WorkspaceIndexes, tree: RisksTreeProvider): vscode.Disposable[] {
  const edit = async (target: RiskTarget, what: string, plan: PlanResult): Promise<boolean> => {
    if (!plan.ok) {
      void vscode.window.showErrorMessage(`${what}: ${plan.error}`);
      return false;
    }
    return applyChanges(target.entry.fs, plan.changes, what);
  };
  /** `liveOnly`: the command means nothing for a closed risk, so the picker leaves those out. */
  const withRisk = (what: string, liveOnly: boolean, action: (t: RiskTarget) => Promise<unknown>) => async (node?: RiskNode) => {
    const target = node?.type === 'risk' ? { entry: node.entry, ...node.item } : await pickRisk(indexes, what, liveOnly);
    if (!target) return;
    if (target.register.readOnly) {
      void vscode.window.showWarningMessage(`${what}: ${target.register.path} is read-only. ${target.register.readOnlyReason ?? ''}`.trimEnd());
      return;
    }
    if (!target.risk.id) {
      void vscode.window.showWarningMessage(`${what}: this risk has no id; give it one in ${target.register.path} first.`);
      return;
    }
    await action(target);
  };

  return [
    vscode.commands.registerCommand(Commands.riskAdd, (where?: RiskNode | vscode.WorkspaceFolder) => addRisk(indexes, where)),
    vscode.commands.registerCommand(Commands.riskMarkReviewed, withRisk('Mark Reviewed', true, async (t) => {
      const today = systemClock.today();
      if (await edit(t, 'Mark Reviewed', planMarkReviewed(t.register, t.risk.id!, today))) {
        vscode.window.setStatusBarMessage(`$(check) ${markedReviewedMessage(t.risk.id!, today, t.register.reviewInterval)}`, 10_000);
      }
    })),
    vscode.commands.registerCommand(Commands.riskChangeStatus, withRisk('Change Status', false, async (t) => {
      const items = RISK_STATUSES.map((s) => ({ label: s, description: s === t.risk.effectiveStatus ? `${STATUS_HELP[s]} (current)` : STATUS_HELP[s], value: s }));
      const status = await pickWithActive(items, items.find((i) => i.value === t.risk.effectiveStatus), { title: `Change Status of ${t.risk.id}`, placeholder: `Now ${t.risk.effectiveStatus}. What is it now?` });
      if (!status || status.value === t.risk.effectiveStatus) return;
      if (status.value === 'closed') return closeRisk(t, edit);
      await edit(t, 'Change Status', planChangeStatus(t.register, t.risk.id!, status.value));
    })),
    vscode.commands.registerCommand(Commands.riskReassess, withRisk('Re-assess', true, async (t) => {
      const flow = `Re-assess ${t.risk.id}`;
      const likelihood = await pickLevel('likelihood', t.register.scales.likelihood, t.risk.likelihood, `${flow} (1/3): likelihood`);
      if (likelihood === undefined) return;
      const impact = await pickLevel('impact', t.register.scales.impact, t.risk.impact, `${flow} (2/3): impact`);
      if (impact === undefined) return;
      const residualChoices = [{ label: 'Keep the residual assessment', value: false }, { label: 'Re-assess the residual risk too', value: true }];
      const withResidual = await pickWithActive(residualChoices, undefined, { title: `${flow} (3/3): residual risk`, placeholder: 'The risk left once the mitigation works' });
      if (!withResidual) return;
      let residual: { likelihood: number; impact: number } | undefined;
      if (withResidual.value) {
        // Two more questions: the counter grows, as VS Code's own multi-step inputs do.
        const rl = await pickLevel('likelihood', t.register.scales.likelihood, t.risk.residual?.likelihood, `${flow} (4/5): residual likelihood`);
        if (rl === undefined) return;
        const ri = await pickLevel('impact', t.register.scales.impact, t.risk.residual?.impact, `${flow} (5/5): residual impact`);
        if (ri === undefined) return;
        residual = { likelihood: rl, impact: ri };
      }
      await edit(t, 'Re-assess', planReassess(t.register, t.risk.id!, { likelihood, impact, ...(residual ? { residual } : {}) }));
    })),
    vscode.commands.registerCommand(Commands.riskClose, withRisk('Close Risk', true, (t) => closeRisk(t, edit))),
    vscode.commands.registerCommand(Commands.riskExportReport, () => exportReport(indexes)),
    vscode.commands.registerCommand(Commands.riskGroupBy, async () => {
      const pick = await vscode.window.showQuickPick(RISK_GROUPINGS.map((g) => ({ ...g, description: g.value === tree.grouping ? '(current)' : undefined })), { title: 'Arrange Risks' });
      if (pick) await tree.setGrouping(pick.value);
    }),
    vscode.commands.registerCommand(Commands.riskShowAllOwners, () => {
      tree.setMine(undefined);
      void vscode.commands.executeCommand('setContext', ContextKeys.risksMineOnly, false);
    }),
    vscode.commands.registerCommand(Commands.riskToggleMine, async () => {
      if (tree.mineOnly) tree.setMine(undefined);
      else {
        const folder = vscode.workspace.workspaceFolders?.[0];
        const me = folder ? await gitIdentity(folder.uri) : [];
        if (me.length === 0) {
          void vscode.window.showWarningMessage('Show My Risks: git has no user.name or user.email here, so the owner cannot be matched.');
          return;
        }
        tree.setMine(me);
      }
      void vscode.commands.executeCommand('setContext', ContextKeys.risksMineOnly, tree.mineOnly);
    }),
  ];
}

const STATUS_HELP: Record<RiskStatus, string> = {
  open: 'identified, no response in place yet',
  mitigating: 'the response is being put in place',
  accepted: 'the team lives with it, knowingly',
  closed: 'no longer a risk (asks for the resolution)',
  occurred: 'it happened: now an issue to manage',
};

async function closeRisk(t: RiskTarget, edit: (t: RiskTarget, what: string, plan: PlanResult) => Promise<boolean>): Promise<void> {
  const resolution = await vscode.window.showInputBox({
    title: `Close ${t.risk.id}`,
    prompt: 'How was the risk resolved? Your answer is kept in the register as its resolution.',
    validateInput: (v) => (v.trim() ? undefined : 'A closed risk needs a resolution'),
  });
  if (!resolution) return;
  await edit(t, 'Close Risk', planClose(t.register, t.risk.id!, resolution.trim(), systemClock.today()));
}

/** A 1–5 level; the current one (when re-assessing) is focused, so Enter keeps it. */
async function pickLevel(what: 'likelihood' | 'impact', words: readonly string[], current: number | undefined, title: string): Promise<number | undefined> {
  const items = words.map((w, i) => ({ label: `${i + 1}`, description: w + (current === i + 1 ? ' (current)' : ''), value: i + 1 }));
  const pick = await pickWithActive(items, items.find((i) => i.value === current), { title, placeholder: `How ${what === 'likelihood' ? 'likely is it' : 'bad would it be'}? 1 = ${words[0]}, 5 = ${words[words.length - 1]}` });
  return pick?.value;
}

async function pickRisk(indexes: WorkspaceIndexes, purpose: string, liveOnly: boolean): Promise<RiskTarget | undefined> {
  const today = systemClock.today();
  const all = indexes.folders().flatMap((entry) => entry.index.documents('risk').flatMap((register) => register.risks.map((risk) => ({ entry, register, risk }))));
  const items = all.filter((t) => !liveOnly || t.risk.effectiveStatus !== 'closed').map((target) => ({
    label: riskLabel(target.risk),
    description: riskDescription(target.risk, today),
    detail: target.register.path,
    target,
  }));
  if (items.length === 0) {
    const why = all.length ? 'every risk is closed' : 'there are no risks yet';
    void vscode.window.showInformationMessage(`${purpose}: ${why}.`, 'Add Risk').then((a) => a && vscode.commands.executeCommand(Commands.riskAdd));
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { title: purpose, placeHolder: 'Which risk?', matchOnDescription: true, matchOnDetail: true }))?.target;
}

/**
 * The guided "Add Risk": title, likelihood, impact, owner (suggested or typed), due date;
 * the next free id. From an empty register's row, the risk goes into that register; given
 * a workspace folder (by Create Risk Register), into that folder's register.
 */
async function addRisk(indexes: WorkspaceIndexes, where?: RiskNode | vscode.WorkspaceFolder): Promise<void> {
  const node = where && 'type' in where ? where : undefined;
  const folder = where && 'uri' in where ? where : undefined;
  const entry = node?.type === 'empty' ? node.entry : folder ? indexes.folders().find((e) => e.folder.uri.toString() === folder.uri.toString()) : await pickFolder(indexes, 'Add Risk');
  if (!entry) return;
  const registers = node?.type === 'empty' ? [node.register] : entry.index.documents('risk').filter((r) => !r.readOnly && r.parsed);
  if (registers.length === 0) {
    void vscode.window.showInformationMessage(`Add Risk: ${entry.folder.name} has no YAML risk register yet.`, 'Create Risk Register').then((a) => a && vscode.commands.executeCommand(Commands.riskCreateRegister, entry.folder));
    return;
  }
  const register = registers.length === 1 ? registers[0]! : (await vscode.window.showQuickPick(registers.map((r) => ({ label: r.path, description: `${r.risks.length} risks`, r })), { title: 'Add Risk', placeHolder: 'Add to which register?' }))?.r;
  if (!register) return;
  const title = await vscode.window.showInputBox({ title: 'Add Risk (1/5)', prompt: 'What could go wrong? A short title, e.g. "Card-processor outage stops checkout"', validateInput: (v) => (v.trim() ? undefined : 'A risk needs a title') });
  if (!title) return;
  const likelihood = await pickLevel('likelihood', register.scales.likelihood, undefined, 'Add Risk (2/5): likelihood');
  if (likelihood === undefined) return;
  const impact = await pickLevel('impact', register.scales.impact, undefined, 'Add Risk (3/5): impact');
  if (impact === undefined) return;
  const owner = await pickOwner(entry);
  if (owner === undefined) return;
  const today = systemClock.today();
  const due = await vscode.window.showInputBox({ title: 'Add Risk (5/5): due date', prompt: 'When must the response be in place? (YYYY-MM-DD)', value: addDays(today, 30), validateInput: validateIsoDate });
  if (due === undefined) return;
  const plan = planAddRisk(register, { title: title.trim(), likelihood, impact, owner: owner || undefined, due: due.trim() || undefined, reviewed: today }, entry.index);
  if (!plan.ok) {
    void vscode.window.showErrorMessage(`Add Risk: ${plan.error}`);
    return;
  }
  if (await applyChanges(entry.fs, plan.changes, 'Add Risk')) {
    void vscode.window.showInformationMessage(`Added ${plan.id} to ${register.path}.`);
  }
}

/** Owners already named in the registers, plus the git user; or a name typed in the picker. */
async function pickOwner(entry: FolderEntry): Promise<string | undefined> {
  const known = new Map<string, string>();
  for (const register of entry.index.documents('risk')) {
    for (const risk of register.risks) if (risk.owner?.text) known.set(risk.owner.text.toLowerCase(), risk.owner.text);
  }
  const me = await gitIdentity(entry.folder.uri);
  const meText = me.length === 2 ? `${me[0]} <${me[1]}>` : me[0];
  const items: (vscode.QuickPickItem & { value: string })[] = [];
  if (meText && !known.has(meText.toLowerCase())) items.push({ label: meText, description: 'you (git)', value: meText });
  for (const text of [...known.values()].sort()) items.push({ label: text, value: text });
  const pick = await pickWithActive(items, undefined, {
    title: 'Add Risk (4/5): owner',
    placeholder: 'Who owns this risk? Pick someone, or type a name (Name <e-mail>)',
    typed: (text) => ({ label: `Use '${text}'`, description: 'as typed', value: text }),
  });
  return pick?.value;
}

async function exportReport(indexes: WorkspaceIndexes): Promise<void> {
  const entry = await pickFolder(indexes, 'Export Risk Report');
  if (!entry) return;
  const format = await vscode.window.showQuickPick([
    { label: 'Markdown', description: '.md — for a wiki page or a pull request', value: 'md' as ReportFormat },
    { label: 'CSV', description: '.csv — for a spreadsheet', value: 'csv' as ReportFormat },
    { label: 'HTML', description: '.html — a page with the heat map', value: 'html' as ReportFormat },
  ], { title: 'Export Risk Report' });
  if (!format) return;
  const today = systemClock.today();
  const rows = listRisks(entry.index.documents('risk'), today);
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(entry.folder.uri, `risk-report-${today}.${format.value}`),
    filters: { [format.label]: [format.value] },
    title: 'Export Risk Report',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(riskReports().renderRiskReport(rows, format.value, today)));
  const open = await vscode.window.showInformationMessage(`Exported ${rows.length} risks to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
  if (open) await vscode.commands.executeCommand('vscode.open', target);
}
