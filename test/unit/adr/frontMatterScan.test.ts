import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ADR_FRONT_MATTER_SCHEMA } from '../../../src/core/adr/frontMatter';
import { scanSimpleFrontMatter } from '../../../src/core/adr/frontMatterScan';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { TextSpan } from '../../../src/core/text/span';
import { CORPUS_DIR, repoRoot } from './adrTestSupport';
import { seededRandom } from '../support/seededRandom';
import { describeWithCorpus } from './adrTestSupport';

/**
 * The front-matter line scanner against the `yaml` library: every record in the shared
 * corpus, the fixtures and the examples, and seeded random mutations of their front
 * matter, must parse to the same DecisionRecord (values, offsets and ranges) whichever
 * reader is used; the scanner may only decline (and leave the text to `yaml`).
 */

/** Markdown files under a folder, read in place (paths relative to it). */
function markdownFiles(root: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') walk(child);
      } else if (/\.(md|markdown)$/i.test(e.name)) out.push({ path: child, text: fs.readFileSync(path.join(root, child), 'utf8') });
    }
  };
  if (fs.existsSync(root)) walk('');
  return out;
}

/** A plain copy of a record: getters such as a span's lazy `range` read, prototypes dropped. */
function plain(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Uint8Array) return [...v];
  if (v instanceof Map) return [...v].map(([k, x]) => [k, plain(x)]);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = plain((v as Record<string, unknown>)[k]);
  if (v instanceof TextSpan) out.range = plain(v.range);
  return out;
}

const viaYaml = (p: string, text: string): DecisionRecord => parseDecisionRecord(p, text, undefined, { frontMatter: { reader: 'yaml' } });
const viaAuto = (p: string, text: string): DecisionRecord => parseDecisionRecord(p, text);

/** Whether the scanner reads this text's front matter itself (rather than declining). */
function scanned(text: string): boolean {
  const lines = new LineIndex(text);
  if (lines.lineText(0).trimEnd() !== '---') return false;
  for (let l = 1; l < lines.lineCount; l++) {
    const t = lines.lineText(l).trimEnd();
    if (t === '---' || t === '...') return scanSimpleFrontMatter(text, lines.lineStart(1), lines.lineStart(l), ADR_FRONT_MATTER_SCHEMA) !== undefined;
  }
  return false;
}

function assertSameRecord(p: string, text: string): void {
  assert.deepEqual(plain(viaAuto(p, text)), plain(viaYaml(p, text)), `${p}:\n${text.slice(0, 400)}`);
}

const prng = seededRandom;

const SOURCES = [
  { label: 'shared corpus', root: CORPUS_DIR },
  { label: 'test fixtures', root: path.join(repoRoot(), 'test/fixtures/adr') },
  { label: 'examples', root: path.join(repoRoot(), 'examples') },
];

/** Front matter written the ways the scanner must read or decline, to seed the mutations. */
const SEEDS = [
  '---\nstatus: accepted\ndate: 2024-03-15\ndecision-makers: Ana Silva, Ben Cho\nconsulted: Dana Lee\ninformed: Eitan Bar\n---\n# Use a queue\n\n## Context and Problem Statement\n\nText.\n',
  '---\nstatus: "superseded by [ADR-0012](0012-x.md)"\ndate: \'2024-03-15\'\ntags: [api, "data", \'ops\']\nsupersedes: [0003-old.md, ADR-0004]\n---\n# Title\n',
  '---\n# a comment\ntitle: Use the thing  # why\nstatus:\nadr: 7\nlayout: post\nnav_order: 3\nhas_children: true\n\n---\nBody\n',
  '---\nadr: 0007\nnav_order: 1e3\npublished: True\nstatus: ~\n---\n# Numbers yaml reads its own way\n',
  '---\r\nstatus: proposed\r\ndate: 2025-01-02\r\ntags: []\r\n---\r\n# CRLF record\r\n',
  '---\nstatus: accepted\ndeciders:\n  - Ana\n  - Ben\nlinks: { a: b }\ndescription: >\n  folded\n  text\n---\n# Block styles\n',
];

const TRICKY = ['#', ' #', ':', ': ', ' ', '  ', '"', "'", "''", '[', ']', ',', '-', '- ', '\t', '\r', '\\', '~', '0', '7', '1e3', '0x1F', '.5', 'null', 'true', 'False', '{', '}', '&a', '*a', '!tag', '|', '>', '%', '@', '`', '\n', '\n  ', '\nstatus: x', '\n#', 'é', '😀', '\u00a0', '\u0085', '?', 'adr', 'key:', '---', '...'];

function mutate(text: string, r: ReturnType<typeof prng>): string {
  const close = text.indexOf('\n---', 3);
  const end = close > 0 ? close + 1 : text.length;
  let out = text;
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const at = r.int(4, Math.max(4, end - 1));
    const op = r.int(0, 3);
    if (op === 0) out = out.slice(0, at) + r.pick(TRICKY) + out.slice(at);
    else if (op === 1) out = out.slice(0, at) + out.slice(at + r.int(1, 3));
    else if (op === 2) out = out.slice(0, at) + r.pick(TRICKY) + out.slice(at + 1);
    else {
      // Repeat a line (duplicate keys), or indent one.
      const ls = out.split('\n');
      const l = r.int(1, Math.max(1, Math.min(ls.length - 1, 8)));
      ls.splice(l, 0, r.int(0, 1) ? ls[l]! : `  ${ls[l] ?? ''}`);
      out = ls.join('\n');
    }
  }
  return out;
}

describeWithCorpus('ADR front matter: the line scanner and the yaml library agree', () => {
  for (const source of SOURCES) {
    it(`gives the same records for every file in the ${source.label}, LF and CRLF`, () => {
      const files = markdownFiles(source.root);
      if (source.root === CORPUS_DIR) assert.ok(files.length >= 50, `expected the corpus at ${CORPUS_DIR}`);
      for (const f of files) {
        assertSameRecord(f.path, f.text);
        assertSameRecord(f.path, f.text.replace(/\r?\n/g, '\r\n'));
      }
    });
  }

  it('reads the corpus\'s flat front matter itself, rather than declining it', () => {
    const withFrontMatter = [...markdownFiles(CORPUS_DIR), ...SEEDS.slice(0, 2).map((text, i) => ({ path: `seed-${i}.md`, text }))].filter((f) => f.text.startsWith('---'));
    assert.ok(withFrontMatter.length >= 5);
    for (const f of withFrontMatter.slice(-2)) assert.ok(scanned(f.text), f.path);
    const read = withFrontMatter.filter((f) => scanned(f.text)).length;
    assert.ok(read >= withFrontMatter.length - 2, `the scanner read ${read} of ${withFrontMatter.length}`);
  });

  it('declines what it cannot read exactly as yaml does', () => {
    for (const text of [SEEDS[3]!, SEEDS[5]!, '---\nstatus: a: b\n---\n', '---\nstatus: accepted\nstatus: accepted\n---\n', '---\ntags: [a, b,]\n---\n', '---\ntitle: "a\\"b"\n---\n', '---\n---\n']) {
      assert.equal(scanned(text), false, text);
      assertSameRecord('x.md', text);
    }
  });

  it('gives the same records for seeded random mutations of front matter', function () {
    // Thousands of records parsed twice: allow for a busy machine (this is not a timing test).
    this.timeout(120_000);
    const bases = [...SEEDS, ...SOURCES.flatMap((s) => markdownFiles(s.root)).map((f) => f.text).filter((t) => t.startsWith('---'))];
    const r = prng(20260115);
    let read = 0;
    for (let i = 0; i < 2500; i++) {
      const text = mutate(r.pick(bases), r);
      if (scanned(text)) read++;
      assertSameRecord(`mutation-${i}.md`, text);
    }
    // Enough of the mutations stay readable for the comparison to test the scanner itself.
    assert.ok(read > 500, `only ${read} mutations were read by the scanner`);
  });

  it('computes ranges from offsets on demand', () => {
    const text = '---\nstatus: accepted\n---\n# 7. Title\n';
    const r = viaAuto('docs/adr/0007-title.md', text);
    assert.deepEqual(r.status?.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 16 } });
    assert.deepEqual(r.frontMatter?.entries.status?.key.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    assert.deepEqual(r.heading?.number?.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 3 } });
    assert.deepEqual(Object.keys(r.status!).sort(), ['end', 'origin', 'raw', 'start', 'value']);
  });
});
