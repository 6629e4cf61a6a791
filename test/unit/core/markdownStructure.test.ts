import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { scanStructure, sectionName, type BodyStructure } from '../../../src/core/text/markdownStructure';
import { seededRandom } from '../support/seededRandom';

/**
 * scanStructure skips most lines after looking at a character or two. These tests hold it
 * to the plain reading it replaced: every line cut out and matched against the patterns.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;
const NOT_PARAGRAPH = /^\s*(?:[*+-]\s|\d+[.)]\s|\||>|#|<)/;

/** The line-by-line reading, with headings reduced to level, line and whether a heading starts there. */
function plainScan(lines: LineIndex, startLine: number): { headings: [number, number][]; skipped: number[] } {
  const headings: [number, number][] = [];
  const skipped: number[] = [];
  let fence: string | undefined;
  let nested = 0;
  let inComment = false;
  for (let l = startLine; l < lines.lineCount; l++) {
    const text = lines.lineText(l);
    if (fence !== undefined) {
      skipped.push(l);
      const close = FENCE.exec(text);
      if (!close || close[1]![0] !== fence[0] || close[1]!.length < fence.length) continue;
      if (text.trim() !== close[1]) nested++;
      else if (nested > 0) nested--;
      else fence = undefined;
      continue;
    }
    if (inComment) {
      skipped.push(l);
      if (text.includes('-->')) inComment = false;
      continue;
    }
    const open = FENCE.exec(text);
    if (open) {
      fence = open[1]!;
      skipped.push(l);
      continue;
    }
    const trimmed = text.trimStart();
    if (trimmed.startsWith('<!--') && !trimmed.includes('-->')) {
      inComment = true;
      skipped.push(l);
      continue;
    }
    const atx = ATX_HEADING.exec(text);
    if (atx) {
      headings.push([atx[1]!.length, l]);
      continue;
    }
    const next = l + 1 < lines.lineCount ? lines.lineText(l + 1) : '';
    const isParagraphLine = trimmed !== '' && !NOT_PARAGRAPH.test(text) && (l === startLine || lines.lineText(l - 1).trim() === '');
    if (isParagraphLine && (SETEXT_H1.test(next) || (SETEXT_H2.test(next) && next.trim().length >= 2))) {
      headings.push([SETEXT_H1.test(next) ? 1 : 2, l]);
      l++;
    }
  }
  return { headings, skipped };
}

function summary(s: BodyStructure): { headings: [number, number][]; skipped: number[] } {
  const skipped: number[] = [];
  s.skipped.forEach((v, l) => v && skipped.push(l));
  return { headings: s.headings.map((h) => [h.level, h.line]), skipped };
}

/** Lines chosen to sit on every edge the quick checks draw: indents, tabs, fences, comments, underlines. */
const LINES = [
  '',
  '   ',
  'Plain prose.',
  '  indented prose',
  '    four spaces',
  '\tTabbed',
  '\u00a0non-breaking space first',
  'Émigré decisions',
  '# Title',
  '   ### Three spaces',
  '    # Four spaces: code',
  '#NoSpace',
  '## Closed ##',
  '```',
  '   ```ts',
  '    ```',
  '~~~',
  '````',
  ' ~~~~ ',
  '<!-- one line -->',
  '<!-- opens',
  '  <!-- indented opening',
  'closes -->',
  'text --> after',
  '===',
  '   ---',
  '    ---',
  '-',
  '--',
  '- list item',
  '* bullet',
  '1. numbered',
  '| a | b |',
  '> quote',
  '<div>',
];

describe('scanStructure', () => {
  it('finds the same headings and skipped lines as matching every line (5,000 seeded texts)', () => {
    const random = seededRandom(20261122);
    for (let n = 0; n < 5000; n++) {
      const count = random.int(1, 14);
      const eol = random.chance(0.2) ? '\r\n' : '\n';
      const text = Array.from({ length: count }, () => random.pick(LINES)).join(eol);
      const lines = new LineIndex(text);
      const start = random.chance(0.2) ? Math.min(1, lines.lineCount - 1) : 0;
      assert.deepEqual(summary(scanStructure(lines, start)), plainScan(lines, start), JSON.stringify(text));
    }
  });
});

describe('sectionName', () => {
  it('reads a fence with an info string inside a fenced block as a nested block, as authors of Markdown samples mean it', () => {
    const text = '```markdown\n# Sample\n```dlang\ncode\n```\n- still in the sample\n```\n- [ ] outside\n';
    const { skipped, headings } = scanStructure(new LineIndex(text), 0);
    assert.deepEqual([...skipped], [1, 1, 1, 1, 1, 1, 1, 0, 0]);
    assert.deepEqual(headings, []);
  });

  it('gives the same name and key on every call, remembered or not', () => {
    for (const name of ['Context and Problem Statement', '2. Decision:', '**Consequences**', 'IV. Status', 'Decision  Outcome']) {
      const first = sectionName(name);
      assert.deepEqual(sectionName(name), first);
      assert.deepEqual(sectionName(`x${name}`.slice(1)), first);
      assert.equal(first.name, name);
    }
    assert.equal(sectionName('2. Decision:').key, 'decision');
    assert.equal(sectionName('**Consequences**').key, 'consequences');
    assert.equal(sectionName('Decision  Outcome').key, 'decision outcome');
  });
});
