import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADR_CATALOG, type AdrCatalog } from '../../../src/core/adr/catalog';
import { planRenumber } from '../../../src/core/adr/edits/renumber';
import type { AdrLink, AdrRelation, DecisionRecord, Located } from '../../../src/core/adr/model';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { normaliseStatus } from '../../../src/core/adr/status';
import { planLink, planSupersede } from '../../../src/core/adr/write/relationEdits';
import { planChangeStatus } from '../../../src/core/adr/write/statusEdits';
import type { AdrPlan } from '../../../src/core/adr/write/planResult';
import type { FileChange } from '../../../src/core/model/findings';
import { applyTextEdits, type TextEdit } from '../../../src/core/model/text';
import { CORPUS_DIR, repoRoot } from '../adr/adrTestSupport';
import { describeWithCorpus } from '../adr/adrTestSupport';
import { loadFolder, type TestFolder } from './support';

/**
 * The property every edit of a real record must have: parsed before and after, the record
 * says exactly what the edit meant to change and every other field reads as before; no
 * edit touches the bytes of a field it does not change; or the edit is refused with a
 * reason. Run over every labelled record of the shared corpus and every record of
 * `corpus/adr`, for each edit: status, link, supersede, renumber.
 */

const LABELLED_DIR = path.resolve(repoRoot(), '../shared/corpus/labelled/adr');

interface Repository {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly records: readonly string[];
}

function labelledRepositories(): Repository[] {
  const labels = JSON.parse(fs.readFileSync(path.join(LABELLED_DIR, 'labels.json'), 'utf8')) as Record<string, { isRecord: boolean }>;
  const byRepo = new Map<string, { files: Record<string, string>; records: string[] }>();
  for (const [key, label] of Object.entries(labels)) {
    const slash = key.indexOf('/');
    const repo = key.slice(0, slash);
    const file = key.slice(slash + 1);
    const entry = byRepo.get(repo) ?? { files: {}, records: [] };
    byRepo.set(repo, entry);
    entry.files[file] = fs.readFileSync(path.join(LABELLED_DIR, key), 'utf8');
    if (label.isRecord) entry.records.push(file);
  }
  return [...byRepo].map(([name, e]) => ({ name, ...e }));
}

/** `corpus/adr/<tool>`: each a folder of records (non-records by name: README, index, template). */
function toolRepositories(): Repository[] {
  return fs.readdirSync(CORPUS_DIR).map((tool) => {
    const files: Record<string, string> = {};
    const records: string[] = [];
    for (const f of fs.readdirSync(path.join(CORPUS_DIR, tool))) {
      if (!/\.md$/i.test(f)) continue;
      const at = `docs/adr/${f}`;
      files[at] = fs.readFileSync(path.join(CORPUS_DIR, tool, f), 'utf8');
      if (!/^(readme|index|template)/i.test(f)) records.push(at);
    }
    return { name: tool, files, records };
  });
}

/** What one edit of one record is meant to change. */
type Intent =
  | { readonly kind: 'status'; readonly status: string }
  | { readonly kind: 'link'; readonly relation: AdrRelation; readonly target: DecisionRecord }
  | { readonly kind: 'number'; readonly number: number };

/** Figures for the summary: what was edited, what was refused and why. */
const tally = { edits: 0, refused: 0, restructuredText: 0, reasons: new Map<string, number>() };

/**
 * Checks one record's side of an edit: `edits` applied to `before` read back with the intended
 * change and every other field as before, and no edit inside a field it does not change.
 */
function checkSide(before: DecisionRecord, edits: readonly TextEdit[], intent: Intent, catalog: AdrCatalog, afterPath = before.path): void {
  const where = `${before.path} (${intent.kind})`;
  const after = parseDecisionRecord(afterPath, applyTextEdits(before.text, edits), before.directory);
  if (before.frontMatter?.valid !== false) assert.notEqual(after.frontMatter?.valid, false, `${where}: the front matter no longer parses`);

  const changes = new Set<string>();
  if (intent.kind === 'status') {
    changes.add('status');
    assert.equal(after.status?.value, normaliseStatus(intent.status), `${where}: the status does not read back`);
  } else if (intent.kind === 'link') {
    if (intent.relation === 'superseded-by') {
      changes.add('status');
      assert.equal(after.status?.value, 'superseded', `${where}: not marked superseded`);
    }
    const added = after.links.filter((l) => l.relation === intent.relation && names(after, l, intent.target, catalog));
    assert.ok(added.length > 0 || before.links.some((l) => l.relation === intent.relation && names(before, l, intent.target, catalog)), `${where}: no ${intent.relation} link that resolves to ${intent.target.path}`);
  } else {
    changes.add('number');
    assert.equal(after.number?.value, intent.number, `${where}: the number does not read back`);
  }

  const fields = (r: DecisionRecord) => ({
    number: r.number?.value,
    title: r.title?.value,
    status: r.status && [r.status.value, r.status.raw],
    date: r.date?.raw,
    deciders: r.deciders?.value,
    consulted: r.consulted?.value,
    informed: r.informed?.value,
    tags: r.tags?.value,
    authors: r.authors?.value,
  });
  const was = fields(before);
  const now = fields(after);
  for (const key of Object.keys(was) as (keyof typeof was)[]) {
    if (!changes.has(key)) assert.deepEqual(now[key], was[key], `${where}: ${key} changed`);
  }
  // Body references: all kept, but for a status edit those written inside the old status (`[ADOPTED](/README.md#adopted)`).
  const afterRefs = new Set(after.references.map((r) => r.href));
  const statusChanges = intent.kind === 'status' || (intent.kind === 'link' && intent.relation === 'superseded-by');
  for (const r of before.references) {
    if (statusChanges && before.status && inside(r, before.status)) continue;
    assert.ok(afterRefs.has(r.href), `${where}: the reference to ${r.href} was lost`);
  }
  // Renumbering may rewrite the number in a heading read as a section (a title written as a setext H2).
  const renumbered = (key: string) => (intent.kind === 'number' && before.number ? key.replace(new RegExp(`(?<!\\d)0*${before.number.value}(?!\\d)`), String(intent.number)) : key);
  const sectionKeys = after.sections.map((s) => s.key);
  let i = 0;
  for (const k of sectionKeys) if (i < before.sections.length && (before.sections[i]!.key === k || renumbered(before.sections[i]!.key) === k)) i++;
  assert.equal(i, before.sections.length, `${where}: a section was lost or reordered: ${JSON.stringify(before.sections.map((s) => s.key))} -> ${JSON.stringify(sectionKeys)}`);

  // Links: all kept (a status edit may rewrite the links written inside the old status), new ones only of the intended relation.
  const linkKey = (l: AdrLink) => `${l.relation} ${l.target.text}`;
  const afterLinks = new Set(after.links.map(linkKey));
  for (const l of before.links) {
    if (intent.kind === 'status' && before.status && inside(l, before.status)) continue;
    assert.ok(afterLinks.has(linkKey(l)), `${where}: the link "${linkKey(l)}" was lost`);
  }
  const beforeLinks = new Set(before.links.map(linkKey));
  for (const l of after.links) {
    if (beforeLinks.has(linkKey(l))) continue;
    assert.ok(intent.kind === 'link' && l.relation === intent.relation, `${where}: an unintended link "${linkKey(l)}" appeared`);
  }

  // Bytes: no edit reaches into a field it does not change.
  const kept: Located[] = [];
  if (!changes.has('number') && before.heading) kept.push(before.heading.line);
  if (!changes.has('status') && before.status) kept.push(before.status);
  for (const f of [before.date, before.deciders, before.consulted, before.informed, before.tags, before.authors]) if (f) kept.push(f);
  for (const l of before.links) if (!(intent.kind === 'status' && before.status && inside(l, before.status))) kept.push(l.target);
  for (const r of before.references) if (!(statusChanges && before.status && inside(r, before.status))) kept.push(r);
  for (const e of edits) {
    for (const f of kept) {
      const overlaps = e.start < e.end ? e.start < f.end && e.end > f.start : e.start > f.start && e.start < f.end;
      assert.ok(!overlaps, `${where}: an edit at ${e.start}-${e.end} reaches into ${JSON.stringify(before.text.slice(f.start, f.end))}`);
    }
  }
}

function inside(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Whether a link resolves to `target` as the index resolves links, a duplicate number never counting. */
function names(from: DecisionRecord, link: AdrLink, target: DecisionRecord, catalog: AdrCatalog): boolean {
  const t = link.target;
  if (t.path !== undefined) return t.path === target.path;
  if (from.folder !== target.folder) return false;
  if (t.number !== undefined) return target.number?.value === t.number && catalog.byNumber(target.folder, t.number).every((r) => r.path === target.path || r.path === from.path);
  return catalog.resolve(from, t)?.path === target.path;
}

/** The edits a plan makes to one file (none when it leaves it alone). */
function editsTo(changes: readonly FileChange[], file: string): TextEdit[] {
  return changes.flatMap((c) => (c.type === 'edit' && c.path === file ? [...c.edits] : []));
}

/** A refused plan must say why, naming a file or a record; counted for the summary. */
function accepted(plan: AdrPlan, what: string): plan is Extract<AdrPlan, { ok: true }> {
  // reStructuredText records are edited in rst and held to the same read-back; counted apart too.
  if (/\.rst$/i.test(what)) tally.restructuredText++;
  tally.edits++;
  if (plan.ok) return true;
  tally.refused++;
  assert.ok(plan.error.length > 20, `${what}: refused without a reason`);
  const reason = plan.error.replace(/^\S+ was left as it is: /, '').replace(/\(.*$/, '').replace(/[\w./-]+\.(md|rst)\b/g, 'FILE').slice(0, 60);
  tally.reasons.set(reason, (tally.reasons.get(reason) ?? 0) + 1);
  return false;
}

function checkRepository(folder: TestFolder, repo: Repository): void {
  const catalog = folder.workspace.view.catalog(ADR_CATALOG);
  const view = folder.workspace.view;
  const records = repo.records.map((p) => catalog.byPath(p) ?? parseDecisionRecord(p, repo.files[p]!.replace(/^\uFEFF/, '')));
  records.forEach((record, n) => {
    const other = records[(n + 1) % records.length]!;
    const wanted = record.status?.value === 'rejected' ? 'accepted' : 'rejected';
    const status = planChangeStatus(record, wanted);
    if (accepted(status, record.path)) checkSide(record, editsTo(status.changes, record.path), { kind: 'status', status: wanted }, catalog);
    if (other === record) return;

    const link = planLink(record, other, 'relates-to', view);
    if (accepted(link, record.path)) {
      checkSide(record, editsTo(link.changes, record.path), { kind: 'link', relation: 'relates-to', target: other }, catalog);
      checkSide(other, editsTo(link.changes, other.path), { kind: 'link', relation: 'relates-to', target: record }, catalog);
    }
    const supersede = planSupersede(view, record, other);
    if (accepted(supersede, record.path)) {
      checkSide(record, editsTo(supersede.changes, record.path), { kind: 'link', relation: 'superseded-by', target: other }, catalog);
      checkSide(other, editsTo(supersede.changes, other.path), { kind: 'link', relation: 'supersedes', target: record }, catalog);
    }
    if (record.number === undefined || !catalog.byPath(record.path)) return;
    const number = catalog.nextFreeNumber(record.folder);
    const renumber = planRenumber(record, number, catalog);
    tally.edits++;
    const rename = renumber.find((c) => c.type === 'rename');
    const newPath = rename?.type === 'rename' ? rename.to : record.path;
    checkSide(record, editsTo(renumber, record.path), { kind: 'number', number }, catalog, newPath);
    for (const c of renumber) {
      if (c.type !== 'edit' || c.path === record.path) continue;
      const from = catalog.byPath(c.path)!;
      const after = parseDecisionRecord(c.path, applyTextEdits(from.text, c.edits), from.directory);
      assert.deepEqual(after.links.map((l) => l.relation), from.links.map((l) => l.relation), `${c.path}: links changed by the renumbering`);
      assert.ok(after.links.some((l) => l.target.path === newPath), `${c.path}: no link follows ${record.path} to ${newPath}`);
    }
  });
}

describeWithCorpus('adr-write: every edit of every corpus record reads back as intended', function () {
  this.timeout(120_000);
  const repositories = fs.existsSync(LABELLED_DIR) ? [...labelledRepositories(), ...toolRepositories()] : toolRepositories();

  for (const repo of repositories) {
    it(`${repo.name}: status, link, supersede and renumber change only what they mean to`, async () => {
      checkRepository(await loadFolder({ ...repo.files }), repo);
    });
  }

  it('refuses few edits, each with its reason', () => {
    // Measured on Markdown records: 20 of 1,617 refused (a successor already named, `see-also: [TEP-0007]` lists whose ids the parser reads as names). reStructuredText records are edited in rst and read back like the rest.
    const share = tally.refused / Math.max(1, tally.edits);
    assert.ok(tally.edits > 1500, `only ${tally.edits} edits were tried`);
    assert.ok(share < 0.03, `${tally.refused} of ${tally.edits} edits refused: ${JSON.stringify([...tally.reasons])}`);
  });
});
