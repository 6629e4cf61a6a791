import { isMap, isScalar, type YAMLMap } from 'yaml';
import { isIsoDate } from '../dates';
import { RISK_STATUSES, type RiskRegister, type RiskStatus } from '../model';
import { levelOf } from '../scales';
import { findRiskItem, isFailure, openRegister, risksSequence, type OpenedRegister } from './openRegister';
import { planFailure, type PlanResult } from './planResult';
import { findPair } from './yamlTextEditor';
import { editOf } from '../../model/findings';

/** A level as a user gives it: a number 1-5 or a word of the register's scale. */
export type LevelInput = number | string;

export interface Reassessment {
  readonly likelihood: LevelInput;
  readonly impact: LevelInput;
  /** The expected levels once mitigated; written as `residual`. */
  readonly residual?: { readonly likelihood: LevelInput; readonly impact: LevelInput };
}

/** Sets `reviewed` to today. */
export function planMarkReviewed(register: RiskRegister, riskId: string, today: string): PlanResult {
  if (!isIsoDate(today)) return planFailure(`"${today}" is not a date in the form YYYY-MM-DD.`);
  return editRisk(register, riskId, (item, opened) => opened.editor.set(item, 'reviewed', today));
}

export function planChangeStatus(register: RiskRegister, riskId: string, status: RiskStatus): PlanResult {
  if (!(RISK_STATUSES as readonly string[]).includes(status)) return planFailure(`"${status}" is not a status; use one of ${RISK_STATUSES.join(', ')}.`);
  return editRisk(register, riskId, (item, opened) => opened.editor.set(item, 'status', status));
}

/**
 * Writes new likelihood and impact (as numbers or scale words, whichever the risk already
 * uses), the score when the risk or most of the file keeps one, and the residual levels
 * when given.
 */
export function planReassess(register: RiskRegister, riskId: string, reassessment: Reassessment): PlanResult {
  const { scales } = register;
  const likelihood = levelOf(reassessment.likelihood, scales.likelihood);
  const impact = levelOf(reassessment.impact, scales.impact);
  if (likelihood === undefined) return planFailure(`Likelihood "${reassessment.likelihood}" is neither 1-5 nor one of ${scales.likelihood.join(', ')}.`);
  if (impact === undefined) return planFailure(`Impact "${reassessment.impact}" is neither 1-5 nor one of ${scales.impact.join(', ')}.`);
  const residual = reassessment.residual && {
    likelihood: levelOf(reassessment.residual.likelihood, scales.likelihood),
    impact: levelOf(reassessment.residual.impact, scales.impact),
  };
  if (residual && (residual.likelihood === undefined || residual.impact === undefined)) {
    return planFailure(`The residual levels must each be 1-5 or a word of the register's scales.`);
  }
  return editRisk(register, riskId, (item, opened) => {
    const { editor } = opened;
    writeLevel(opened, item, 'likelihood', likelihood);
    writeLevel(opened, item, 'impact', impact);
    if (findPair(item, 'score') || mostRisksHave(opened, 'score')) editor.set(item, 'score', likelihood * impact);
    if (!residual) return;
    const residualPair = findPair(item, 'residual');
    const residualMap = residualPair?.value;
    if (isMap(residualMap)) {
      writeLevel(opened, residualMap, 'likelihood', residual.likelihood!);
      writeLevel(opened, residualMap, 'impact', residual.impact!);
      if (findPair(residualMap, 'score')) editor.set(residualMap, 'score', residual.likelihood! * residual.impact!);
    } else {
      editor.set(item, 'residual', [['likelihood', residual.likelihood!], ['impact', residual.impact!]]);
    }
  });
}

/** Sets the status to closed, writes the resolution and the closing date. */
export function planClose(register: RiskRegister, riskId: string, resolution: string, today: string): PlanResult {
  if (resolution.trim() === '') return planFailure('A closed risk needs a resolution: say why it is no longer a risk.');
  if (!isIsoDate(today)) return planFailure(`"${today}" is not a date in the form YYYY-MM-DD.`);
  return editRisk(register, riskId, (item, opened) => {
    opened.editor.set(item, 'status', 'closed');
    opened.editor.set(item, 'resolution', resolution.trim());
    opened.editor.set(item, 'closed', today);
  });
}

/** Opens the register, finds the risk, lets `change` record its edits, and packs them as one file change. */
export function editRisk(register: RiskRegister, riskId: string, change: (item: YAMLMap, opened: OpenedRegister) => void): PlanResult {
  const opened = openRegister(register);
  if (isFailure(opened)) return opened;
  const item = findRiskItem(opened, riskId);
  if (isFailure(item)) return item;
  change(item, opened);
  const edits = opened.editor.edits().filter((e) => register.text.slice(e.start, e.end) !== e.newText);
  return { ok: true, changes: edits.length ? [editOf(register, edits)] : [] };
}

/** Writes a level the way the existing value is written: a scale word stays a word, a number a number. */
function writeLevel(opened: OpenedRegister, map: YAMLMap, key: 'likelihood' | 'impact', level: number): void {
  const current = findPair(map, key)?.value;
  const usesWords = isScalar(current) ? typeof current.value === 'string' && !/^\s*\d+\s*$/.test(current.value) : mostRisksUseWords(opened, key);
  opened.editor.set(map, key, usesWords ? opened.register.scales[key][level - 1]! : level);
}

export function mostRisksHave(opened: OpenedRegister, key: string): boolean {
  const items = risksSequence(opened)?.items ?? [];
  const withKey = items.filter((i) => isMap(i) && findPair(i, key)).length;
  return withKey > 0 && withKey * 2 >= items.length;
}

export function mostRisksUseWords(opened: OpenedRegister, key: 'likelihood' | 'impact'): boolean {
  let words = 0;
  let numbers = 0;
  for (const item of risksSequence(opened)?.items ?? []) {
    const v = isMap(item) ? item.get(key, true) : undefined;
    if (!isScalar(v)) continue;
    if (typeof v.value === 'number') numbers++;
    else if (typeof v.value === 'string') words++;
  }
  return words > numbers;
}
