import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCodeowners } from '../../../src/core/guidelines/codeowners';
import { readMarkdown } from '../../../src/core/guidelines/guidelineMarkdown';
import type { Guideline } from '../../../src/core/guidelines/model';
import { guidelineProvider, type GuidelineDiscovery } from '../../../src/core/guidelines/provider';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import { repoRoot } from '../adr/adrTestSupport';

/**
 * The real guideline files in shared/corpus/labelled/guidelines, read in place and
 * compared with their hand labels: which files are guidelines, the paths each applies
 * to and its checklist (count and first three items). Files the toolkit reads otherwise
 * (CODEOWNERS) or not as guidelines (CONTRIBUTING, pull-request templates, review guides,
 * Cline workflows) are checked for what the labels say of them too.
 */
const CORPUS = path.resolve(repoRoot(), '../shared/corpus/labelled/guidelines');
const AVAILABLE = fs.existsSync(path.join(CORPUS, 'labels.json'));
if (!AVAILABLE && process.env.TECHLEAD_REQUIRE_CORPUS) throw new Error(`The shared guideline corpus is required (TECHLEAD_REQUIRE_CORPUS) but ${CORPUS} does not exist.`);

interface Label {
  readonly kind: string;
  readonly appliesTo: 'all' | 'on-demand' | readonly string[];
  readonly checklist: { readonly count: number; readonly first3: readonly string[] };
  readonly symlinkTo?: string;
  readonly codeowners?: readonly { readonly pattern: string }[];
}

/** Kinds the toolkit reads as guidelines, by the source each belongs to. */
const GUIDELINE_KINDS = new Set(['AGENTS.md', 'CLAUDE.md', 'GEMINI.md', 'copilot-instructions', 'instructions', '.cursor/rules', '.cursorrules', '.windsurf/rules', '.clinerules']);
/** Kinds that are not review guidelines: how to contribute, what an author fills in, prose guides, on-demand workflows. */
const NOT_GUIDELINES = new Set(['CONTRIBUTING', 'PR template', 'review guide', '.clinerules workflow']);

const title = 'guideline corpus (shared/corpus/labelled/guidelines)';
(AVAILABLE ? describe : describe.skip)(AVAILABLE ? title : `${title} (skipped: no ../shared/corpus beside the repository)`, () => {
  const labels = AVAILABLE ? (JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as Record<string, Label>) : {};
  const repos = [...new Set(Object.keys(labels).map((k) => k.slice(0, k.indexOf('/'))))].sort();
  const read = new Map<string, { docs: Map<string, Guideline>; discovery: GuidelineDiscovery; fs: NodeFolderFileSystem }>();

  before(async () => {
    for (const repo of repos) {
      const folder = new NodeFolderFileSystem(path.join(CORPUS, repo));
      const index = new FolderIndex({ fs: folder, providers: [guidelineProvider], clock: fixedClock('2026-12-06'), logger: silentLogger });
      await index.build();
      read.set(repo, { docs: new Map(index.documents('guideline').map((d) => [d.path, d])), discovery: index.discovery<GuidelineDiscovery>('guideline')!, fs: folder });
    }
  });

  it('knows every labelled kind', () => {
    for (const [key, label] of Object.entries(labels)) assert.ok(GUIDELINE_KINDS.has(label.kind) || NOT_GUIDELINES.has(label.kind) || label.kind === 'CODEOWNERS', `${key}: kind ${label.kind}`);
  });

  it('reads every guideline file with the paths it applies to and its checklist', () => {
    const misses: string[] = [];
    for (const [key, label] of Object.entries(labels)) {
      if (!GUIDELINE_KINDS.has(label.kind)) continue;
      const repo = key.slice(0, key.indexOf('/'));
      const file = key.slice(repo.length + 1);
      const { docs, discovery } = read.get(repo)!;
      let doc = docs.get(file);
      if (label.symlinkTo) {
        // A link is read once, as its target: dropped by discovery (a real link) or read as a pointer (a link checked out as a file).
        const target = discovery.links.get(file) ?? doc?.linkedTo;
        if (!target) misses.push(`${key}: not read as a link to ${label.symlinkTo}`);
        doc = target ? docs.get(target) : undefined;
      }
      if (!doc) {
        misses.push(`${key}: not read`);
        continue;
      }
      const applies = doc.appliesTo.map((p) => p.text);
      const expected = label.appliesTo === 'all' ? ['**'] : label.appliesTo;
      if (JSON.stringify(applies) !== JSON.stringify(expected)) misses.push(`${key}: applies to ${JSON.stringify(applies)}, labelled ${JSON.stringify(label.appliesTo)}`);
      checkItems(key, doc.checklist.map((i) => i.text), label, misses);
    }
    assert.deepEqual(misses, []);
  });

  it('reads no other file as a guideline', () => {
    for (const [repo, { docs }] of read) {
      for (const file of docs.keys()) {
        const label = labels[`${repo}/${file}`];
        assert.ok(label && GUIDELINE_KINDS.has(label.kind), `${repo}/${file} read as a guideline, labelled ${label?.kind ?? 'nothing'}`);
      }
    }
  });

  it('counts the items of the files it does not read as guidelines with the same reader', () => {
    const misses: string[] = [];
    for (const [key, label] of Object.entries(labels)) {
      if (!NOT_GUIDELINES.has(label.kind)) continue;
      const text = fs.readFileSync(path.join(CORPUS, key), 'utf8');
      checkItems(key, readMarkdown(key, text, 'top-level').common.checklist.map((i) => i.text), label, misses);
    }
    assert.deepEqual(misses, []);
  });

  it('reads the CODEOWNERS patterns', async () => {
    for (const [key, label] of Object.entries(labels)) {
      if (label.kind !== 'CODEOWNERS') continue;
      const codeowners = await loadCodeowners(read.get(key.slice(0, key.indexOf('/')))!.fs);
      assert.deepEqual(codeowners?.entries.map((e) => e.pattern), label.codeowners!.map((c) => c.pattern), key);
    }
  });
});

function checkItems(key: string, items: readonly string[], label: Label, misses: string[]): void {
  if (items.length !== label.checklist.count) misses.push(`${key}: ${items.length} items, labelled ${label.checklist.count}`);
  // The labels give an item's first line; the reader joins its continuation lines to it.
  const first3 = items.slice(0, 3);
  if (first3.length !== label.checklist.first3.length || first3.some((text, i) => !text.startsWith(label.checklist.first3[i]!))) misses.push(`${key}: first items ${JSON.stringify(first3)}, labelled ${JSON.stringify(label.checklist.first3)}`);
}
