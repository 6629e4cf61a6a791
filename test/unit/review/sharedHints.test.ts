import * as assert from 'node:assert/strict';
import type { Guideline } from '../../../src/core/guidelines/model';
import { parseGuidelineFile } from '../../../src/core/guidelines/parseGuideline';
import type { ChangedFile } from '../../../src/core/review/changeSet';
import { compileGuideline } from '../../../src/core/review/compiledGuideline';
import { matchGuidelines, type RegexHint } from '../../../src/core/review/matchGuidelines';
import { seededRandom } from '../support/seededRandom';

/**
 * Regex hints come from one shared pass per distinct regex (and a per-guideline carry-on
 * when a budget runs out). Whatever the sharing, each guideline must get the hints it
 * would get alone: on each added line of its files, the first of its regexes that matches.
 */

function guideline(id: string, appliesTo: string[], match: string[]): Guideline {
  return parseGuidelineFile(`.techlead/guidelines/${id}.md`, `---\nid: ${id}\ntitle: T\napplies-to: ${JSON.stringify(appliesTo)}\nmatch: ${JSON.stringify(match)}\n---\n- [ ] x\n`);
}

function file(path: string, lines: string[], status: ChangedFile['status'] = 'modified'): ChangedFile {
  return { path, status, addedLines: lines.map((text, i) => ({ line: i * 2 + 1, text })), hunks: [] };
}

/** The reference: the guideline's files, line by line, its regexes in order. */
function expectedHints(g: Guideline, files: readonly ChangedFile[]): RegexHint[] {
  const regexes = compileGuideline(g).regexes.flatMap(({ result }) => (result.status === 'ok' ? [result.regex] : []));
  const hints: RegexHint[] = [];
  for (const f of files) {
    if (f.status === 'deleted' || f.binary) continue;
    for (const added of f.addedLines) {
      for (const regex of regexes) {
        const m = regex.exec(added.text);
        if (m) {
          hints.push({ file: f.path, line: added.line, column: m.index, guideline: g.id, text: added.text, match: m[0] });
          break;
        }
      }
    }
  }
  return hints;
}

describe('regex hints shared between guidelines', () => {
  it('gives each guideline the hints it would get alone, for random guidelines sharing regexes', () => {
    const r = seededRandom(20261121);
    const REGEXES = ['TODO', 'FIXME|XXX', '/todo/i', 'console\\.log\\(', '\\beval\\(', 'a+b', 'password\\s*='];
    const WORDS = ['TODO later', 'fixme', 'FIXME now', 'console.log(x)', 'eval(code)', 'aab', 'password = 1', 'plain', '', 'todo: XXX'];
    const FOLDERS = ['src', 'src/api', 'docs', 'lib'];
    const guidelines = Array.from({ length: 12 }, (_, i) =>
      guideline(`G-${i}`, [r.pick(['src/**', 'src/api/**', '**/*.ts', '**', 'docs/', '*.md'])], Array.from({ length: r.int(1, 3) }, () => r.pick(REGEXES))),
    );
    const changes = Array.from({ length: 300 }, (_, i) => {
      const lines = Array.from({ length: r.int(0, 6) }, () => r.pick(WORDS));
      const status = r.chance(0.05) ? 'deleted' : 'modified';
      return file(`${r.pick(FOLDERS)}/f${i}.${r.pick(['ts', 'md'])}`, lines, status);
    });
    const together = matchGuidelines(guidelines, changes);
    for (const g of guidelines) {
      const shared = together.find((a) => a.guideline === g);
      const alone = matchGuidelines([g], changes)[0];
      assert.deepEqual(shared, alone, g.id);
      if (alone) {
        assert.deepEqual(alone.hints, expectedHints(g, alone.files), g.id);
        assert.equal(alone.hintsComplete, true);
      }
    }
  });

  it('gives a line the hint of the first regex written that matches it', () => {
    const g = guideline('G-1', ['**'], ['second', 'first|second']);
    const [result] = matchGuidelines([g], [file('a.ts', ['first second', 'second first', 'first', 'none'])]);
    assert.deepEqual(result!.hints.map((h) => [h.line, h.match]), [[1, 'second'], [3, 'second'], [5, 'first']]);
  });

  it('lets a guideline carry on with its own budget where the shared pass ran out', () => {
    // Each clock read advances 10 ms and each budget is 25 ms: the shared pass stops a
    // hundred lines into big.ts. The guideline on small.ts (after it) still scans its few
    // lines with its own budget; the one on big.ts, which comes next, gets further, then
    // stops too.
    const big = guideline('BIG', ['big.ts'], ['hit']);
    const small = guideline('SMALL', ['small.ts'], ['hit']);
    let clock = 0;
    const changes = [file('big.ts', Array.from({ length: 1000 }, (_, i) => `hit ${i}`)), file('small.ts', ['hit', 'miss', 'hit'])];
    const result = matchGuidelines([small, big], changes, { regexBudgetMs: 25, now: () => (clock += 10) });
    const bigResult = result.find((a) => a.guideline === big)!;
    const smallResult = result.find((a) => a.guideline === small)!;
    assert.equal(smallResult.hintsComplete, true);
    assert.deepEqual(smallResult.hints.map((h) => h.line), [1, 5]);
    assert.equal(bigResult.hintsComplete, false);
    assert.ok(bigResult.hints.length > 100 && bigResult.hints.length < 1000, `${bigResult.hints.length} hints`);
    // Every line up to where it stopped, once each, in order (small.ts's hints came in between).
    assert.deepEqual(bigResult.hints.map((h) => h.line), bigResult.hints.map((_, i) => i * 2 + 1));
    assert.match(bigResult.notes[0]!, /stopped at big\.ts:\d+ after 25 ms/);
  });

  it('with several regexes, stops where the first of them stopped: one hint per line, none past it', () => {
    // Two regexes for one guideline, and a clock read every 32 lines that advances 1 ms, with
    // 60 ms per budget: the shared pass takes the first regex 1,920 lines into big.ts and the
    // second nowhere; the guideline's own budget finishes the first and takes the second
    // about 800 lines. The hints must end where the second stopped.
    const big = guideline('BIG', ['big.ts'], ['hit', 'h.t']);
    let clock = 0;
    const changes = [file('big.ts', Array.from({ length: 3000 }, (_, i) => `hit ${i}`))];
    const [result] = matchGuidelines([big], changes, { regexBudgetMs: 60, now: () => (clock += 1) });
    assert.equal(result!.hintsComplete, false);
    const lines = result!.hints.map((h) => h.line);
    assert.ok(lines.length > 100 && lines.length < 1920, `${lines.length} hints`);
    assert.deepEqual(lines, lines.map((_, i) => i * 2 + 1), 'every line up to the stop, once each');
    assert.ok(result!.hints.every((h) => h.match === 'hit'), 'the first regex written wins');
    const stoppedAt = Number(/stopped at big\.ts:(\d+)/.exec(result!.notes[0]!)![1]);
    assert.equal(stoppedAt, lines[lines.length - 1]! + 2, 'the note names the first line without a hint');
  });
});
