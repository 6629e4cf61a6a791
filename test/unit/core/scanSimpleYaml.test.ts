import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isNode } from 'yaml';
import { parseRegisterYaml, parseYamlRegister } from '../../../src/core/risk/parse/yamlRegister';
import { treeOfDocument } from '../../../src/core/yaml/fromYaml';
import { plainValue, type YamlTreeNode } from '../../../src/core/yaml/tree';
import { scanSimpleYaml } from '../../../src/core/yaml/scanner/scanSimpleYaml';
import { CORNER_CASES, mutate } from './scanSimpleYamlCases';
import { random, TODAY } from '../risk/helpers';

const REPO = path.resolve(__dirname, '../../../..');

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(p));
    else if (/\.ya?ml$/.test(entry.name)) out.push(p);
  }
  return out;
}

/** Registers from the bench generator, written by a child process (it is an ES module). */
function benchRegisters(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'risk-fastyaml-'));
  try {
    const generator = path.join(REPO, 'scripts/bench/generate.mjs');
    const size = { adrFolders: 0, adrsPerFolder: 0, riskFiles: 6, risksPerFile: 40, guidelines: 0, services: 1, decoyPackages: 0 };
    const script = `import { generateRepo } from ${JSON.stringify(generator)}; process.stdout.write(JSON.stringify(generateRepo(${JSON.stringify(dir)}, { seed: 7, size: ${JSON.stringify(size)} }).risks));`;
    const files = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
    return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Both paths give the same register; returns whether the fast path read it itself. */
function assertSame(text: string, label: string): boolean {
  const fast = parseYamlRegister('docs/risks/r.yaml', text, TODAY);
  const slow = parseYamlRegister('docs/risks/r.yaml', text, TODAY, { reader: 'yaml' });
  assert.deepStrictEqual(fast, slow, `${label}: ${JSON.stringify(text)}`);
  const bare = text.replace(/^\uFEFF/, '');
  const scanned = scanSimpleYaml(bare);
  if (scanned) {
    const composed = treeOfDocument(parseRegisterYaml(bare));
    assert.deepStrictEqual(shapeOf(scanned), shapeOf(composed), `tree of ${label}: ${JSON.stringify(text)}`);
    // The scanner's plain values are built by the tree; yaml's come from its own toJS.
    assert.deepStrictEqual(plainValue(scanned), plainValue(composed), `plain value of ${label}`);
  }
  return scanned !== undefined;
}

/** Node by node, without yaml's conversion functions: the scanner claims to build exactly the tree of what `yaml` composes (values and ranges). */
function shapeOf(node: YamlTreeNode | null): unknown {
  if (node === null) return null;
  const at = [node.start, node.end, node.nodeEnd];
  switch (node.kind) {
    case 'scalar': return { at, value: node.value };
    case 'seq': return { at, items: node.items.map(shapeOf) };
    case 'map': return { at, pairs: node.pairs.map((p) => [shapeOf(p.key), shapeOf(p.value)]) };
    default: return { at, other: true };
  }
}

describe('fast YAML register scanner', () => {
  const registers = [
    ...yamlFilesUnder(path.join(REPO, 'test/fixtures/risk')).map((f) => ({ label: path.relative(REPO, f), text: fs.readFileSync(f, 'utf8') })),
    ...yamlFilesUnder(path.join(REPO, 'examples')).map((f) => ({ label: path.relative(REPO, f), text: fs.readFileSync(f, 'utf8') })),
  ];

  it('reads every fixture and example register itself, exactly as yaml does', () => {
    assert.ok(registers.length >= 3);
    for (const { label, text } of registers) assert.ok(assertSame(text, label), `${label} was declined`);
  });

  it("reads the bench generator's registers itself, exactly as yaml does", () => {
    const texts = benchRegisters();
    assert.ok(texts.length > 0);
    texts.forEach((text, i) => assert.ok(assertSame(text, `bench register ${i}`), `bench register ${i} was declined`));
  });

  it('gives the same model (or declines) for every corner case', () => {
    let read = 0;
    CORNER_CASES.forEach((text, i) => (read += assertSame(text, `case ${i}`) ? 1 : 0));
    assert.ok(read >= CORNER_CASES.length / 3, `only ${read} of ${CORNER_CASES.length} read by the fast path`);
  });

  it('declines what it does not read: anchors, tags, merge keys, several documents, tabs, flow spanning lines', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a:\n  <<: {b: 1}\n', 'a: {<<: {b: 1}}\n', 'a: !!str 1\n', 'a: 1\n---\nb: 2\n', 'a:\n\tb: 1\n', 'a: [1,\n  2]\n', '? k\n: v\n', 'a: 1\na: 2\n']) {
      assert.equal(scanSimpleYaml(text), undefined, JSON.stringify(text));
    }
  });

  it('declines a text with a tab, a control character or a line or byte-order mark anywhere, and only then', () => {
    const unsupported = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F\x85\u2028\u2029\uFEFF]/;
    const codes = [...Array.from({ length: 0x3000 }, (_, c) => c), 0xfeff, 0xfffd];
    for (const c of codes) {
      if (c === 10 || c === 13) continue;
      const ch = String.fromCharCode(c);
      const text = `title: Register\nrisks:\n  - id: RISK-1\n    title: a${ch}b\n`;
      assert.equal(scanSimpleYaml(text) === undefined, unsupported.test(ch), `U+${c.toString(16).padStart(4, '0')}`);
    }
  });

  it('finds a duplicate key in a large mapping as in a small one', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `key${i}: ${i}`);
    assert.ok(scanSimpleYaml(`${keys.join('\n')}\n`));
    assert.equal(scanSimpleYaml(`${keys.join('\n')}\nkey3: again\n`), undefined);
    assert.equal(scanSimpleYaml(`${keys.join('\n')}\n"key39": again\n`), undefined);
    assert.equal(scanSimpleYaml(`a: { ${keys.join(', ')}, key0: x }\n`), undefined);
  });

  it('keeps plain data in the register, never yaml nodes, on either path', () => {
    const containsNode = (v: unknown): boolean => isNode(v) || (typeof v === 'object' && v !== null && Object.values(v).some(containsNode));
    // The first text is one the scanner reads; the second, with an anchor and an alias, goes to yaml.
    const scanned = 'risks:\n  - id: R-1\n    title: T\n    likelihood: 1\n    impact: 1\n    residual: { likelihood: 1, impact: 1 }\n    related: [a, b]\n    notes:\n      x:\n        - 1\n        - y: T\n';
    const declined = 'risks:\n  - id: R-1\n    title: &t T\n    likelihood: 1\n    impact: 1\n    residual: { likelihood: 1, impact: 1 }\n    related: [a, b]\n    notes: { x: [1, { y: *t }] }\n';
    assert.ok(scanSimpleYaml(scanned));
    assert.equal(scanSimpleYaml(declined), undefined);
    for (const text of [scanned, declined]) {
      for (const reader of ['auto', 'yaml'] as const) {
        const risk = parseYamlRegister('docs/risks/r.yaml', text, TODAY, { reader }).risks[0]!;
        assert.deepEqual(risk.fields.get('notes')!.value, { x: [1, { y: 'T' }] });
        assert.ok(!risk.fields.names.some((name) => containsNode(risk.fields.value(name))));
      }
    }
  });

  it('gives the same model (or declines) for hundreds of seeded mutations', () => {
    const seeds = [...registers.map((r) => r.text), ...CORNER_CASES.slice(0, 11)];
    const next = random(20261121);
    let read = 0;
    const rounds = 600;
    for (let round = 0; round < rounds; round++) {
      const text = mutate(seeds[round % seeds.length]!, next);
      if (assertSame(text, `mutation ${round}`)) read++;
    }
    // Most mutations stay inside the subset; if this drops, the scanner started declining too much.
    assert.ok(read > rounds / 3, `only ${read} of ${rounds} mutations read by the fast path`);
  });
});
