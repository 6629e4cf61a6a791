import * as assert from 'node:assert/strict';
import type { Guideline } from '../../../src/core/guidelines/model';
import { parseGuidelineFile } from '../../../src/core/guidelines/parseGuideline';
import type { ChangedFile } from '../../../src/core/review/changeSet';
import { compileGlob } from '../../../src/core/glob/glob';
import { GuidelineMatcher } from '../../../src/core/review/guidelineMatcher';
import { PathKeyIndex, extendKeyHash, KEY_HASH_SEED } from '../../../src/core/review/pathKeyIndex';
import { seededRandom } from '../support/seededRandom';

/**
 * The matcher narrows the patterns per path (hashed prefixes, segments and extensions)
 * and remembers selections per set of matched patterns; none of that may change which
 * guidelines a path selects. Seeded random guidelines and paths are checked against the
 * plain evaluation: every pattern tested, the last match deciding.
 */

const SEGMENTS = ['src', 'Src', 'api', 'web', 'docs', 'gen', 'test', 'a.b', 'x.test.ts', 'y.ts', 'README.md', 'Dockerfile', 'node_modules', '.github', 'app (auth)', 'ü'];
const PATTERN_PARTS = ['src', 'src/api', 'docs/', '/docs', '**/*.ts', '*.md', '**/gen/**', 'api/**', '**/test/**', '*.test.ts', 'Dockerfile', '/src/*', 'src/**/*.ts', '**/node_modules/**', 'a.b', '**', '*', '.github/**', 'web/*.ts', 'app (auth)/**', 'ü/**'];

function randomPath(r: ReturnType<typeof seededRandom>): string {
  return Array.from({ length: r.int(1, 5) }, () => r.pick(SEGMENTS)).join('/');
}

function guideline(id: string, patterns: string[]): Guideline {
  return parseGuidelineFile(`.techlead/guidelines/${id}.md`, `---\nid: ${id}\ntitle: T\napplies-to: ${JSON.stringify(patterns)}\n---\n- [ ] x\n`);
}

/** The reference: every pattern tested, the last one that matches decides. */
function selects(patterns: readonly string[], path: string, caseInsensitive: boolean): boolean {
  let selected = false;
  for (const p of patterns) {
    const glob = compileGlob(p, { caseInsensitive }).glob;
    if (glob?.regex.test(path)) selected = !glob.negated;
  }
  return selected;
}

describe('the guideline matcher against the plain evaluation', () => {
  for (const caseInsensitive of [false, true]) {
    it(`selects the same files for random guidelines and paths${caseInsensitive ? ', ignoring case' : ''}`, () => {
      const r = seededRandom(caseInsensitive ? 7 : 11);
      const lists = Array.from({ length: 40 }, () => Array.from({ length: r.int(1, 3) }, () => (r.chance(0.3) ? '!' : '') + r.pick(PATTERN_PARTS)));
      const guidelines = lists.map((list, i) => guideline(`G-${i}`, list));
      const changes: ChangedFile[] = Array.from({ length: 600 }, () => {
        const path = randomPath(r);
        return r.chance(0.1) ? { path, oldPath: randomPath(r), status: 'renamed', addedLines: [], hunks: [] } : { path, status: 'modified', addedLines: [], hunks: [] };
      });
      const matcher = new GuidelineMatcher(guidelines, { caseInsensitive });
      const actual = matcher.selectFiles(changes).files;
      lists.forEach((list, g) => {
        const expected = changes.filter((c) => selects(list, c.path, caseInsensitive) || (c.oldPath !== undefined && selects(list, c.oldPath, caseInsensitive)));
        assert.deepEqual(actual[g]!.map((c) => c.path), expected.map((c) => c.path), `G-${g}: ${list.join(', ')}`);
      });
      // One path at a time gives the same answer as the whole change set.
      for (const c of changes.slice(0, 50)) {
        const expected = guidelines.filter((_, g) => selects(lists[g]!, c.path, caseInsensitive)).map((x) => x.id);
        assert.deepEqual(matcher.guidelinesFor(c.path).map((x) => x.id), expected, c.path);
      }
    });
  }
});

describe('path key index', () => {
  /** The hash of `text.slice(start, end)`, built a character at a time as the matcher does. */
  const hashOf = (text: string, start: number, end: number) => {
    let h = KEY_HASH_SEED;
    for (let i = start; i < end; i++) h = extendKeyHash(h, text.charCodeAt(i));
    return h;
  };

  it('finds a key by a stretch of a longer text, and nothing else', () => {
    const index = new PathKeyIndex();
    index.add('src/api', 1);
    index.add('src/api', 2);
    index.add('ts', 3);
    const path = 'src/api/users.ts';
    assert.deepEqual(index.lookup(path, 0, 7, hashOf(path, 0, 7)), [1, 2]);
    assert.deepEqual(index.lookup(path, 14, 16, hashOf(path, 14, 16)), [3]);
    assert.equal(index.lookup(path, 0, 3, hashOf(path, 0, 3)), undefined);
    assert.equal(index.lookup('src/apx', 0, 7, hashOf('src/api', 0, 7)), undefined, 'a hash that fits is still checked against the text');
  });
});
