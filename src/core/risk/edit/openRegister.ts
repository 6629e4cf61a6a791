import { isMap, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { LineIndex } from '../../text/lineIndex';
import type { RiskRegister } from '../model';
import { parseRegisterYaml } from '../parse/yamlRegister';
import { riskIdKey } from '../references';
import { planFailure } from './planResult';
import { YamlTextEditor } from './yamlTextEditor';

/** A register opened for editing: its YAML document (re-parsed from the indexed text) and an editor over that text. */
export interface OpenedRegister {
  readonly register: RiskRegister;
  readonly doc: Document.Parsed;
  readonly root: YAMLMap | undefined;
  readonly editor: YamlTextEditor;
}

/** Refuses registers that cannot be edited safely, with a message a user can act on. */
export function openRegister(register: RiskRegister): OpenedRegister | { ok: false; error: string } {
  if (register.readOnly) return planFailure(`${register.path} is read-only. ${register.readOnlyReason ?? ''}`.trimEnd());
  if (!register.parsed) return planFailure(`${register.path} could not be parsed; fix the YAML error first.`);
  const doc = parseRegisterYaml(register.text);
  if (doc.errors.length > 0) return planFailure(`${register.path} could not be parsed; fix the YAML error first.`);
  const root = isMap(doc.contents) ? doc.contents : undefined;
  if (doc.contents !== null && !root) return planFailure(`${register.path} does not hold a mapping with a "risks" list.`);
  return { register, doc, root, editor: new YamlTextEditor(new LineIndex(register.text)) };
}

export function risksSequence(opened: OpenedRegister): YAMLSeq | undefined {
  const node = opened.root?.get('risks', true);
  return isSeq(node) ? node : undefined;
}

/** The list item of a risk, or why it cannot be edited (unknown or ambiguous id). */
export function findRiskItem(opened: OpenedRegister, riskId: string): YAMLMap | { ok: false; error: string } {
  const wanted = riskIdKey(riskId);
  const matches = (risksSequence(opened)?.items ?? []).filter((item): item is YAMLMap => {
    if (!isMap(item)) return false;
    const id = item.get('id', true);
    return isScalar(id) && typeof id.value === 'string' && riskIdKey(id.value) === wanted;
  });
  if (matches.length === 0) return planFailure(`There is no risk "${riskId}" in ${opened.register.path}.`);
  if (matches.length > 1) return planFailure(`${opened.register.path} has ${matches.length} risks with the id "${riskId}"; give them distinct ids first.`);
  return matches[0]!;
}

export function isFailure(value: unknown): value is { ok: false; error: string } {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
