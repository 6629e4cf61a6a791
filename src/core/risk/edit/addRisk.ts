import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { WorkspaceView } from '../../rules/rule';
import { RISK_ID_CATALOG } from '../catalog';
import { isIsoDate } from '../dates';
import { RISK_STATUSES, type RiskRegister, type RiskStatus } from '../model';
import { riskIdKey } from '../references';
import { levelOf } from '../scales';
import { RISK_KEYS } from '../schema';
import { nextRiskId } from './nextRiskId';
import { isFailure, openRegister, risksSequence, type OpenedRegister } from './openRegister';
import { planFailure, type PlanResult } from './planResult';
import { mostRisksHave, mostRisksUseWords, type LevelInput } from './updateRisk';
import { endOfEntries, findPair, quoteStyleOf } from './yamlTextEditor';
import { flow, formatValue, type YamlValue } from './yamlValues';
import { editOf } from '../../model/findings';

export interface NewRisk {
  readonly title: string;
  readonly likelihood: LevelInput;
  readonly impact: LevelInput;
  /** Default: the next free id in the register's style. */
  readonly id?: string;
  readonly description?: string;
  readonly category?: string;
  readonly owner?: string;
  /** Default `open`. */
  readonly status?: RiskStatus;
  readonly due?: string;
  readonly reviewed?: string;
  readonly mitigation?: string;
  readonly contingency?: string;
  readonly trigger?: string;
  readonly related?: readonly string[];
}

/**
 * Appends a risk to the register's `risks` list in the file's own style: its indentation,
 * key order, quoting, blank lines between items, level words or numbers, and a `score`
 * when most risks carry one. With `workspace`, the new id is also free across the folder.
 * Returns the id given to the risk.
 */
export function planAddRisk(register: RiskRegister, input: NewRisk, workspace?: WorkspaceView): PlanResult<{ readonly id: string }> {
  const opened = openRegister(register);
  if (isFailure(opened)) return opened;
  const taken = new Set(workspace ? workspace.catalog(RISK_ID_CATALOG).byId.keys() : []);
  const inRegister = register.risks.map((r) => r.id);
  const id = input.id?.trim() || nextRiskId(inRegister, taken);
  if (taken.has(riskIdKey(id)) || inRegister.some((r) => r !== undefined && riskIdKey(r) === riskIdKey(id))) {
    return planFailure(`The id "${id}" is already used by another risk.`);
  }
  const entries = riskEntries(opened, { ...input, id });
  if (isFailure(entries)) return entries;
  placeItem(opened, entries);
  return { ok: true, id, changes: [editOf(register, opened.editor.edits())] };
}

type Entry = readonly [key: string, value: YamlValue];

function riskEntries(opened: OpenedRegister, input: NewRisk & { id: string }): Entry[] | { ok: false; error: string } {
  const { scales } = opened.register;
  if (input.title.trim() === '') return planFailure('A risk needs a title.');
  const likelihood = levelOf(input.likelihood, scales.likelihood);
  const impact = levelOf(input.impact, scales.impact);
  if (likelihood === undefined) return planFailure(`Likelihood "${input.likelihood}" is neither 1-5 nor one of ${scales.likelihood.join(', ')}.`);
  if (impact === undefined) return planFailure(`Impact "${input.impact}" is neither 1-5 nor one of ${scales.impact.join(', ')}.`);
  const status = input.status ?? 'open';
  if (!(RISK_STATUSES as readonly string[]).includes(status)) return planFailure(`"${status}" is not a status; use one of ${RISK_STATUSES.join(', ')}.`);
  for (const key of ['due', 'reviewed'] as const) {
    const date = input[key];
    if (date !== undefined && !isIsoDate(date)) return planFailure(`The ${key} date "${date}" is not a date in the form YYYY-MM-DD.`);
  }
  const entries: Entry[] = [
    ['id', input.id],
    ['title', input.title.trim()],
    ['likelihood', mostRisksUseWords(opened, 'likelihood') ? scales.likelihood[likelihood - 1]! : likelihood],
    ['impact', mostRisksUseWords(opened, 'impact') ? scales.impact[impact - 1]! : impact],
    ['status', status],
  ];
  if (mostRisksHave(opened, 'score')) entries.push(['score', likelihood * impact]);
  const optional = ['description', 'category', 'owner', 'due', 'reviewed', 'mitigation', 'contingency', 'trigger'] as const;
  for (const key of optional) {
    const v = input[key]?.trim();
    if (v) entries.push([key, v]);
  }
  const related = (input.related ?? []).map((r) => r.trim()).filter(Boolean);
  if (related.length) entries.push(['related', related]);
  return orderLikeFile(entries, lastItem(opened));
}

/**
 * Keys the last risk has come in its order; any other key goes right after the key that
 * precedes it in the schema's order, so a new risk reads like its neighbours.
 */
function orderLikeFile(entries: Entry[], model: YAMLMap | undefined): Entry[] {
  const fileOrder = model ? (model.items as Pair<Node, unknown>[]).flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : [])) : [];
  const byKey = new Map(entries.map((e) => [e[0], e]));
  const order = fileOrder.filter((k) => byKey.has(k));
  for (const key of RISK_KEYS) {
    if (!byKey.has(key) || order.includes(key)) continue;
    const before = RISK_KEYS.slice(0, RISK_KEYS.indexOf(key)).reverse().find((k) => order.includes(k));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, key);
  }
  return order.map((k) => byKey.get(k)!);
}

function lastItem(opened: OpenedRegister): YAMLMap | undefined {
  const items = risksSequence(opened)?.items ?? [];
  const last = items[items.length - 1];
  return isMap(last) ? last : undefined;
}

/** Writes the new item where it belongs, for each shape the `risks` list can have. */
function placeItem(opened: OpenedRegister, entries: readonly Entry[]): void {
  const { editor, root } = opened;
  const risksPair = root && findPair(root, 'risks');
  const seq = risksPair?.value;
  if (isSeq(seq) && seq.items.length > 0) {
    if (seq.flow) {
      let at = seq.range![1] - 1; // the closing bracket
      while (at > seq.range![0] && /\s/.test(editor.text[at - 1]!)) at--;
      editor.insertText(at, `, ${flow(Object.fromEntries(entries), true)}`, 0);
      return;
    }
    appendToBlockList(opened, seq, entries);
    return;
  }
  const eol = editor.eol;
  if (risksPair) {
    // `risks:` with nothing, or `risks: []`: the list starts on the next line.
    const keyEnd = risksPair.key.range![1];
    const colon = editor.text.indexOf(':', keyEnd);
    const valueEnd = risksPair.value?.range && risksPair.value.range[1] > risksPair.value.range[0] ? risksPair.value.range[1] : colon + 1;
    const dash = editor.keyIndentOf(root!) + 2;
    editor.replaceRange(colon + 1, valueEnd, eol + renderItem(entries, dash, dash + 2, eol).join(eol));
    return;
  }
  const { offset, needsBreak } = root && root.items.length ? editor.lineEndAfter(endOfEntries(root)) : { offset: editor.text.length, needsBreak: editor.text !== '' && !editor.text.endsWith('\n') };
  const indent = root && root.items.length ? editor.keyIndentOf(root) : 0;
  const block = [`${' '.repeat(indent)}risks:`, ...renderItem(entries, indent + 2, indent + 4, eol)].join(eol) + eol;
  editor.insertText(offset, needsBreak ? eol + block : block, indent);
}

function appendToBlockList(opened: OpenedRegister, seq: YAMLSeq, entries: readonly Entry[]): void {
  const { editor } = opened;
  const items = seq.items as Node[];
  const last = items[items.length - 1]!;
  const lastStart = last.range![0];
  const model = isMap(last) && !last.flow ? last : undefined;
  // A block list's range starts at its first dash.
  const dashColumn = dashColumnBefore(editor.text, lastStart) ?? editor.columnOf(seq.range![0]);
  const keyColumn = model ? editor.keyIndentOf(model) : dashColumn + 2;
  const afterLast = editor.lineEndAfter(model ? endOfEntries(model) : last.range![1]);
  const { offset, needsBreak } = afterLast.needsBreak ? afterLast : { offset: skipItemComments(editor.text, afterLast.offset, dashColumn), needsBreak: false };
  const eol = editor.eol;
  const blankBetween = items.length > 1 && hasBlankLineBetween(editor.text, items[items.length - 2]!.range![1], lastStart);
  const lines = renderItem(entries, dashColumn, keyColumn, eol, model);
  editor.insertText(offset, (needsBreak ? eol : '') + (blankBetween ? eol : '') + lines.join(eol) + (needsBreak ? '' : eol), dashColumn);
}

/** One line per key, the first after the dash; quoting copied from the same key of `model`. */
function renderItem(entries: readonly Entry[], dashColumn: number, keyColumn: number, eol: string, model?: YAMLMap): string[] {
  return entries.map(([key, value], i) => {
    const quote = model && quoteStyleOf(model.get(key, true) as Node | undefined);
    const text = `${key}: ${formatValue(value, { keyIndent: keyColumn, eol, ...(quote && quote !== 'plain' ? { quote } : {}) })}`;
    return i === 0 ? `${' '.repeat(dashColumn)}-${' '.repeat(Math.max(1, keyColumn - dashColumn - 1))}${text}` : `${' '.repeat(keyColumn)}${text}`;
  });
}

/** The column of the `- ` that starts the list item at `itemStart`, when it is on the same line. */
function dashColumnBefore(text: string, itemStart: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', itemStart - 1) + 1;
  const m = /^(\s*)-\s/.exec(text.slice(lineStart, itemStart));
  return m ? m[1]!.length : undefined;
}

/** Comment lines indented under the last item belong to it: the new item goes after them. */
function skipItemComments(text: string, offset: number, dashColumn: number): number {
  const commentLine = /([ \t]*)#[^\r\n]*\r?\n/y;
  let at = offset;
  for (;;) {
    commentLine.lastIndex = at;
    const m = commentLine.exec(text);
    if (!m || m[1]!.length <= dashColumn) return at;
    at += m[0].length;
  }
}

function hasBlankLineBetween(text: string, from: number, to: number): boolean {
  return /\n[ \t]*\r?\n/.test(text.slice(Math.max(0, from - 1), to));
}
