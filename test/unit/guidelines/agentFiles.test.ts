import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import type { DirectoryEntry, FolderFileSystem } from '../../../src/core/host';
import { fixedClock, silentLogger } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import { parseAgentFile } from '../../../src/core/guidelines/parseAgentFile';
import { guidelineProvider, type GuidelineDiscovery } from '../../../src/core/guidelines/provider';
import { agentFileFormat, GUIDELINE_SOURCES } from '../../../src/core/guidelines/sources';
import { parseConfigDocument } from '../../../src/core/config/config';
import { repoRoot } from '../adr/adrTestSupport';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { seededRandom } from '../support/seededRandom';
import type { AgentFileFormat } from '../../../src/core/guidelines/sources';

/** A memory folder where some files are symbolic links to others, as a disk host reports them. */
class LinkingFileSystem extends MemoryFileSystem {
  constructor(files: Record<string, string>, private readonly linkTargets: Record<string, string>) {
    super(files);
  }

  override async list(path: string): Promise<readonly DirectoryEntry[]> {
    return (await super.list(path)).map((e) => {
      const target = this.linkTargets[path ? `${path}/${e.name}` : e.name];
      return target ? { ...e, linkTarget: target } : e;
    });
  }
}

async function guidelinesOf(fs: FolderFileSystem, settings = {}) {
  const index = new FolderIndex({ fs, providers: [guidelineProvider], clock: fixedClock('2026-12-06'), logger: silentLogger, settings });
  await index.build();
  const docs = index.documents('guideline');
  return { index, docs, byPath: new Map(docs.map((d) => [d.path, d])), discovery: index.discovery<GuidelineDiscovery>('guideline')! };
}

const applies = (d: { appliesTo: readonly { text: string }[] } | undefined) => d?.appliesTo.map((p) => p.text);

describe('agent instruction files read as guidelines', () => {
  it('tells each format by where it sits, and leaves workflows and prompts out', () => {
    assert.equal(agentFileFormat('.github/copilot-instructions.md'), 'copilot-instructions');
    assert.equal(agentFileFormat('.github/instructions/ts.instructions.md'), 'instructions');
    assert.equal(agentFileFormat('.github/instructions/ts.prompt.md'), undefined);
    assert.equal(agentFileFormat('.github/prompts/release.md'), undefined);
    assert.equal(agentFileFormat('AGENTS.md'), 'agents');
    assert.equal(agentFileFormat('server/agents.md'), 'agents');
    assert.equal(agentFileFormat('.claude/CLAUDE.md'), 'agents');
    assert.equal(agentFileFormat('pkg/GEMINI.md'), 'agents');
    assert.equal(agentFileFormat('.cursor/rules/style.mdc'), 'cursor');
    assert.equal(agentFileFormat('web/.cursor/rules/react.mdc'), 'cursor');
    assert.equal(agentFileFormat('.cursorrules'), 'cursor');
    assert.equal(agentFileFormat('.windsurf/rules/rules.md'), 'windsurf');
    assert.equal(agentFileFormat('.clinerules'), 'cline');
    assert.equal(agentFileFormat('.clinerules/general.md'), 'cline');
    assert.equal(agentFileFormat('.clinerules/workflows/release.md'), undefined);
    assert.equal(agentFileFormat('docs/README.md'), undefined);
  });

  it('finds them across the repository, each applying where its tool applies it', async () => {
    const { byPath } = await guidelinesOf(new MemoryFileSystem({
      'AGENTS.md': '# Agents\n- Run the tests\n1. Build first\n',
      'sdk/AGENTS.md': '---\nglobs: *.ts\nalwaysApply: true\n---\n- Use the SDK client\n',
      '.claude/CLAUDE.md': '- Be brief\n',
      '.github/copilot-instructions.md': '- Prefer small PRs\n',
      '.cursor/rules/style.mdc': '---\ndescription:\nglobs: *ts,*.js, *.py\nalwaysApply: false\n---\n- Two spaces\n',
      '.cursor/rules/always.mdc': '---\nglobs:\nalwaysApply: true\n---\n- Always\n',
      '.cursor/rules/asked.mdc': '---\ndescription: Only when asked\nalwaysApply: false\n---\n- Asked\n',
      'web/.cursor/rules/react.mdc': '---\nglobs: src/**/*.tsx, *.css\n---\n- Hooks\n',
      '.windsurf/rules/on.md': '---\ntrigger: always_on\n---\n- On\n',
      '.windsurf/rules/glob.md': '---\ntrigger: glob\nglobs: "**/*.go"\n---\n- Go\n',
      '.windsurf/rules/manual.md': '---\ntrigger: manual\n---\n- Manual\n',
      '.clinerules/general.md': '- General\n',
      '.clinerules/workflows/release.md': '1. Tag\n',
      '.github/prompts/x.prompt.md': '- Prompt\n',
      'node_modules/pkg/AGENTS.md': '- Not ours\n',
      'src/index.ts': 'export {}\n',
    }));
    assert.deepEqual([...byPath.keys()].sort(), [
      '.claude/CLAUDE.md', '.clinerules/general.md', '.cursor/rules/always.mdc', '.cursor/rules/asked.mdc', '.cursor/rules/style.mdc',
      '.github/copilot-instructions.md', '.windsurf/rules/glob.md', '.windsurf/rules/manual.md', '.windsurf/rules/on.md', 'AGENTS.md', 'sdk/AGENTS.md', 'web/.cursor/rules/react.mdc',
    ]);
    assert.deepEqual(applies(byPath.get('AGENTS.md')), ['**']);
    assert.deepEqual(byPath.get('AGENTS.md')!.checklist.map((i) => i.text), ['Run the tests', 'Build first']);
    assert.deepEqual(applies(byPath.get('sdk/AGENTS.md')), ['sdk/**'], 'a nested AGENTS.md applies to its folder, whatever its front matter says');
    assert.deepEqual(byPath.get('sdk/AGENTS.md')!.frontMatterIssues, [], 'nothing reads an AGENTS.md front matter as YAML');
    assert.deepEqual(applies(byPath.get('.claude/CLAUDE.md')), ['**']);
    assert.deepEqual(applies(byPath.get('.github/copilot-instructions.md')), ['**']);
    const style = byPath.get('.cursor/rules/style.mdc')!;
    assert.deepEqual(applies(style), ['*ts', '*.js', '*.py']);
    for (const p of style.appliesTo) assert.equal(style.text.slice(p.start, p.end), p.text, 'each glob is located where it is written');
    assert.deepEqual(style.frontMatterIssues, [], 'Cursor reads its front matter as text: unquoted globs are no mistake');
    assert.deepEqual(applies(byPath.get('.cursor/rules/always.mdc')), ['**']);
    assert.deepEqual(applies(byPath.get('.cursor/rules/asked.mdc')), []);
    assert.deepEqual(applies(byPath.get('web/.cursor/rules/react.mdc')), ['web/src/**/*.tsx', 'web/**/*.css']);
    assert.deepEqual(applies(byPath.get('.windsurf/rules/on.md')), ['**']);
    assert.deepEqual(applies(byPath.get('.windsurf/rules/glob.md')), ['**/*.go']);
    assert.deepEqual(applies(byPath.get('.windsurf/rules/manual.md')), []);
    assert.deepEqual(applies(byPath.get('.clinerules/general.md')), ['**']);
  });

  it('reads a file linked under a second name once', async () => {
    const { byPath, discovery } = await guidelinesOf(new LinkingFileSystem({ 'AGENTS.md': '- One rule\n', 'CLAUDE.md': '- One rule\n', 'GEMINI.md': 'AGENTS.md\n' }, { 'CLAUDE.md': 'AGENTS.md' }));
    assert.deepEqual([...discovery.links], [['CLAUDE.md', 'AGENTS.md']]);
    assert.ok(!byPath.has('CLAUDE.md'));
    assert.ok(!discovery.claims('CLAUDE.md'));
    // A link checked out as a file holding its target's path (git without symlinks) points there and lists nothing.
    const gemini = byPath.get('GEMINI.md')!;
    assert.equal(gemini.linkedTo, 'AGENTS.md');
    assert.deepEqual([gemini.checklist, gemini.appliesTo], [[], []]);
  });

  it('reads a real symbolic link once on disk, through the Node host', async () => {
    const dir = nodeFs.mkdtempSync(nodePath.join(os.tmpdir(), 'techlead-links-'));
    try {
      nodeFs.mkdirSync(nodePath.join(dir, 'pkg'));
      nodeFs.writeFileSync(nodePath.join(dir, 'pkg', 'AGENTS.md'), '- Package rule\n');
      nodeFs.symlinkSync('AGENTS.md', nodePath.join(dir, 'pkg', 'CLAUDE.md'));
      nodeFs.symlinkSync(nodePath.join('pkg', 'AGENTS.md'), nodePath.join(dir, 'GEMINI.md'));
      const { byPath, discovery } = await guidelinesOf(new NodeFolderFileSystem(dir));
      assert.deepEqual([...byPath.keys()], ['pkg/AGENTS.md']);
      assert.deepEqual([...discovery.links].sort(), [['GEMINI.md', 'pkg/AGENTS.md'], ['pkg/CLAUDE.md', 'pkg/AGENTS.md']]);
    } finally {
      nodeFs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads only the sources chosen in .techlead.yaml or the settings, which win', async () => {
    const files = {
      'AGENTS.md': '- Agents\n',
      '.github/copilot-instructions.md': '- Copilot\n',
      '.clinerules': '- Cline\n',
      '.techlead/guidelines/a.md': '---\nid: A-1\ntitle: A\napplies-to: ["**"]\n---\n- [ ] Ours\n',
    };
    const fromRepo = await guidelinesOf(new MemoryFileSystem({ ...files, '.techlead.yaml': 'guidelines:\n  sources: [techlead, cline]\n' }));
    assert.deepEqual(fromRepo.docs.map((d) => d.path), ['.clinerules', '.techlead/guidelines/a.md']);
    assert.ok(!fromRepo.discovery.claims('sub/AGENTS.md'));
    const fromSettings = await guidelinesOf(new MemoryFileSystem({ ...files, '.techlead.yaml': 'guidelines:\n  sources: [techlead]\n' }), { guidelineSources: ['copilot'] });
    assert.deepEqual(fromSettings.docs.map((d) => d.path), ['.github/copilot-instructions.md']);
    const all = await guidelinesOf(new MemoryFileSystem(files));
    assert.equal(all.docs.length, 4);
  });

  it('names the same sources in the code, the config schema and the setting, and reports unknown ones', () => {
    const schema = JSON.parse(nodeFs.readFileSync(nodePath.join(repoRoot(), 'schemas/techlead-config.schema.json'), 'utf8'));
    const pkg = JSON.parse(nodeFs.readFileSync(nodePath.join(repoRoot(), 'package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.flatMap((c: { properties: Record<string, unknown> }) => Object.entries(c.properties)).find(([k]: [string]) => k === 'techlead.guidelines.sources')[1];
    assert.deepEqual(schema.properties.guidelines.properties.sources.items.enum, [...GUIDELINE_SOURCES]);
    assert.deepEqual(setting.items.enum, [...GUIDELINE_SOURCES]);
    assert.equal(setting.items.enumDescriptions.length, GUIDELINE_SOURCES.length);
    const config = parseConfigDocument('.techlead.yaml', 'guidelines:\n  sources: [agents, bogus]\n');
    assert.deepEqual(config.problems.map((p) => [p.rule, p.range.start.line]), [['config/schema', 1]]);
  });

  it('counts top-level items outside code, comments and indented code, ignoring nested ones', () => {
    const text = [
      '# Rules', '', '- [ ] a task', '-   [x] spaced task', '* star', '+ plus', '1) paren', '2. dot', '   - nested under 2.', '',
      '<!--', '- commented', '-->', '```', '- in code', '```', '', '## Indented', '    - indented code', '', '---', '* * *', '- - -', '',
    ].join('\n');
    const doc = parseAgentFile('AGENTS.md', text, 'agents');
    assert.deepEqual(doc.checklist.map((i) => i.text), ['a task', 'spaced task', 'star', 'plus', 'paren', 'dot']);
  });

  it('never throws on broken input, and finishes in linear time on long lines (2,000 seeded texts)', () => {
    const r = seededRandom(20261206);
    const pieces = ['---', 'globs: ', '*.ts,', '{a,b', 'alwaysApply: true', 'trigger: glob', 'applyTo: [', 'paths:', '- ', '  - ', '1. ', '* ', '[ ]', '[x]', '```', '```md', '~~~', '<!--', '-->', '    ', '\t', '#', 'text', '"', "'", '\r\n', '\n', '\n', 'AGENTS.md', '../x.md'];
    const formats: AgentFileFormat[] = ['instructions', 'copilot-instructions', 'agents', 'cursor', 'windsurf', 'cline'];
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = r.int(0, 40); i > 0; i--) text += r.pick(pieces);
      const doc = parseAgentFile(r.pick(['AGENTS.md', 'a/.cursor/rules/x.mdc', '.clinerules/r.md']), text, r.pick(formats), { isGuidelineFile: () => r.chance(0.5) });
      for (const item of doc.checklist) assert.ok(item.range.start.line >= 0, text);
    }
    const long = `- ${'- [ ] '.repeat(20000)}x\n${'* '.repeat(20000)}\n---\nglobs: ${'*,'.repeat(20000)}\n`;
    const started = Date.now();
    parseAgentFile('.cursor/rules/x.mdc', long, 'cursor');
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
  });
});
