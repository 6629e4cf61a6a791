import * as assert from 'node:assert/strict';
import { findFrontMatterFence } from '../../../src/core/text/frontMatterFence';
import type { Guideline } from '../../../src/core/guidelines/model';
import { parseGuidelineFile, parseInstructionsFile } from '../../../src/core/guidelines/parseGuideline';
import { scanSimpleYaml } from '../../../src/core/yaml/scanner/scanSimpleYaml';
import { seededRandom } from '../support/seededRandom';

/**
 * The front matter's fast path (the YAML scanner) against the `yaml` library: guideline
 * and instruction files, and seeded random mutations of their front matter, must parse
 * to the same Guideline (values, issues, offsets and ranges) whichever reader is used;
 * the scanner may only decline (and leave the text to `yaml`).
 */

type Parse = (path: string, text: string, options?: { reader?: 'auto' | 'yaml' }) => Guideline;

function assertSame(parse: Parse, text: string): void {
  assert.deepEqual(parse('.techlead/guidelines/x.md', text), parse('.techlead/guidelines/x.md', text, { reader: 'yaml' }), text);
}

/** Whether the fast path reads this text's front matter itself (rather than declining). */
function readFast(text: string): boolean {
  const block = findFrontMatterFence(text);
  return block !== undefined && block.closed && scanSimpleYaml(text.slice(block.yamlStart, block.yamlEnd)) !== undefined;
}

const BODY = '\nWhy it matters.\n\n- [ ] Check one\n- [x] Check two\n';

/** Front matter written the ways the fast path must read, problems included. */
const FAST = [
  '---\nid: SEC-001\ntitle: Validate input at API boundaries\napplies-to: ["src/api/**", "!src/api/**/*.test.ts"]   # gitignore-style\nmatch: [\'req\\.(body|query|params)\']\nseverity: blocker\ntags: [security]\n---\n',
  '---\nid: API-013\ntitle: Deploy audit is reviewed\napplies-to: ["services/svc-24/**", "**/*.graphql"]\nseverity: info\ntags: [api]\nmatch: ["\\\\beval\\\\(", "a\\"b\\tc"]\n---\n',
  "---\n# leading comment\nid: 'A-1'\ntitle: 'It''s quoted'\napplies-to: src/**\nmatch: \"TODO|FIXME\"\n\ntags: []\n---\n",
  '---\r\nid: CRLF-1\r\ntitle: Windows line endings\r\napplies-to: [docs/, "*.md"]\r\nseverity: info\r\n---\r\n',
  '---\nid: A\ntitle: T\napplies-to:\n  - "src/**"\n  - \'!src/gen/**\'\nmatch:\ntags:\n- a\n- b\n---\n',
  '---\nid: A-1\ntitle: T\napplies_to: ["src/**"]\nseverity: critical\ntags: security\n---\n',
  '---\nid: 7\ntitle: true\napplies-to: ["src/**", 42]\nseverity: ~\n---\n',
  '---\ntitle: 2024 review\nmatch: ""\n---\n',
];

/** Front matter the fast path declines: `yaml` reads it, and it must come out the same. */
const DECLINED = [
  '---\nid: A\ntitle: T\napplies-to:\n  - src/**\n  - !src/gen/**\n---\n',
  '---\nid: A\ntitle: [unclosed\n---\n',
  '---\nid: A\nid: B\ntitle: T\napplies-to: x\n---\n',
  '---\nid: A\ntitle: T\napplies-to: *x\n---\n',
  '---\nid: &a A\ntitle: T\napplies-to: x\n---\n',
  '---\n---\n',
  '---\nid: A\n',
];

const TRICKY = ['#', ' #', ':', ': ', ' ', '"', "'", "''", '[', ']', ',', '-', '- ', '\t', '\r', '\\', '~', '0', '7', '1e3', '.5', 'null', 'true', 'False', '{', '}', '&a', '*a', '!', '!x', '|', '>', '%', '@', '`', '\n', '\n  ', '\nseverity: info', '\n#', 'é', '\u00a0', '?', 'id', 'tags:', '---', '...'];

/**
 * Edits the front matter's lines at random: a tricky token written into a line or over
 * part of it, a line repeated (a duplicate key) or indented, a one-line list written as a
 * block list, a value's quotes changed. The body is left alone.
 */
function mutate(text: string, r: ReturnType<typeof seededRandom>): string {
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  const last = close > 0 ? close - 1 : lines.length - 1;
  for (let edits = r.int(1, 3); edits > 0; edits--) {
    const l = r.int(1, Math.max(1, last));
    const line = lines[l] ?? '';
    const at = r.int(0, line.length);
    switch (r.int(0, 5)) {
      case 0:
        lines[l] = line.slice(0, at) + r.pick(TRICKY) + line.slice(at);
        break;
      case 1:
        lines[l] = line.slice(0, at) + r.pick(TRICKY) + line.slice(at + r.int(1, 3));
        break;
      case 2:
        lines.splice(l, 0, r.chance(0.5) ? line : `  ${line}`);
        break;
      case 3:
        lines[l] = line.replace(/^([\w-]+):\s*\[(.*)\]\s*$/, (_m, key: string, items: string) => `${key}:${items.split(',').map((item) => `\n  - ${item.trim()}`).join('')}`);
        break;
      default:
        lines[l] = line.replace(/: (.+)$/, (_m, value: string) => `: ${r.pick(["'", '"', ''])}${value.replace(/^["']|["']$/g, '')}${r.pick(["'", '"', ''])}`);
    }
  }
  return lines.join('\n');
}

describe('guideline front matter: the YAML scanner and the yaml library agree', () => {
  it('reads the front matter guidelines are written with itself, and gives the same guideline as yaml', () => {
    for (const front of FAST) {
      assert.ok(readFast(front + BODY), front);
      assertSame(parseGuidelineFile, front + BODY);
    }
  });

  it('declines what it cannot read exactly as yaml does, and the result is the same', () => {
    for (const front of DECLINED) {
      assert.equal(readFast(front + BODY), false, front);
      assertSame(parseGuidelineFile, front + BODY);
    }
  });

  it('gives the same Copilot instruction files', () => {
    for (const text of ['---\napplyTo: "**/*.ts, src/{api,web}/**"\n---\n# Rules\n- a\n', "---\napplyTo: '**/*.md'\ndescription: Docs\n---\n- a\n", '---\napplyTo: 12\n---\n- a\n', '---\napplyTo: [a, b]\n---\n']) {
      assertSame(parseInstructionsFile, text);
    }
  });

  it('gives the same guidelines for seeded random mutations of front matter', function () {
    // Thousands of files parsed twice: allow for a busy machine (this is not a timing test).
    this.timeout(120_000);
    // Mostly flat bases, so that many mutations are still for the fast path to read.
    const bases = [...FAST, ...FAST, ...DECLINED].map((front) => front + BODY);
    const r = seededRandom(20261121);
    let read = 0;
    for (let i = 0; i < 2000; i++) {
      const text = mutate(r.pick(bases), r);
      if (readFast(text)) read++;
      assertSame(parseGuidelineFile, text);
    }
    // Enough of the mutations stay readable for the comparison to test the fast path itself.
    assert.ok(read > 400, `only ${read} mutations were read by the fast path`);
  });
});
