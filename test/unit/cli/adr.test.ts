import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusText, CORPUS, TempFolder, TODAY } from './adrCliSupport';
import { describeWithCorpus } from '../adr/adrTestSupport';

/** Every corpus file's text, to prove the tests never touch the corpus. */
function snapshotCorpus(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of fs.readdirSync(CORPUS)) {
    for (const f of fs.readdirSync(path.join(CORPUS, dir))) {
      const p = path.join(CORPUS, dir, f);
      if (fs.statSync(p).isFile()) out.set(p, fs.readFileSync(p, 'latin1'));
    }
  }
  return out;
}

describeWithCorpus('CLI: techlead adr', () => {
  let folder: TempFolder;
  let corpusBefore: Map<string, string>;
  before(() => {
    corpusBefore = snapshotCorpus();
  });
  beforeEach(() => {
    folder = new TempFolder();
  });
  afterEach(() => folder.remove());
  after(() => assert.deepEqual(snapshotCorpus(), corpusBefore, 'the corpus is unchanged'));

  describe('new', () => {
    it('--supersede 2 in a copy of the adr-tools corpus creates record 10 and edits record 2 as adr-tools would', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr').write({ '.adr-dir': 'doc/adr\n' });
      const r = await folder.run('adr', 'new', '--supersede', '2', 'Rewrite', 'in', 'Go');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${path.join('doc', 'adr', '0010-rewrite-in-go.md')}\n`);
      assert.equal(r.stderr, `updated ${path.join('doc', 'adr', '0002-implement-as-shell-scripts.md')}\n`);
      assert.equal(
        folder.read('doc/adr/0002-implement-as-shell-scripts.md'),
        corpusText('adr-tools', '0002-implement-as-shell-scripts.md').replace('## Status\n\nAccepted\n', '## Status\n\nSuperseded by [10. Rewrite in Go](0010-rewrite-in-go.md)\n'),
      );
      const created = folder.read('doc/adr/0010-rewrite-in-go.md');
      assert.ok(created.startsWith(`# 10. Rewrite in Go\n\nDate: ${TODAY}\n\n## Status\n\nProposed\n\nSupersedes [2. Implement as shell scripts](0002-implement-as-shell-scripts.md)\n\n## Context\n`));
      const lint = await folder.run('lint', '--format', 'json');
      const rules = (JSON.parse(lint.stdout) as { rule: string; file: string }[]).filter((f) => f.file.includes('0010') || f.file.includes('0002')).map((f) => f.rule);
      assert.deepEqual(rules, [], 'the new and the superseded record lint clean');
    });

    it('links with --link N:RELATION and writes the reverse link', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr');
      const r = await folder.run('adr', 'new', '--link', '4:amends', '--link', 'ADR-0001:relates-to', 'Use CommonMark');
      assert.equal(r.code, 0, r.stderr);
      assert.match(folder.read('doc/adr/0010-use-commonmark.md'), /\n\nAmends \[4\. Markdown format\]\(0004-markdown-format\.md\)\n\nRelates to \[1\. Record architecture decisions\]\(0001-record-architecture-decisions\.md\)\n/);
      assert.match(folder.read('doc/adr/0004-markdown-format.md'), /\n\nAmended by \[10\. Use CommonMark\]\(0010-use-commonmark\.md\)\n/);
      assert.match(folder.read('doc/adr/0001-record-architecture-decisions.md'), /\n\nRelates to \[10\. Use CommonMark\]\(0010-use-commonmark\.md\)\n/);
    });

    it('takes a title that starts with a dash after --', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr');
      const r = await folder.run('adr', 'new', '--', '--no-verify', 'is', 'banned');
      assert.equal(r.code, 0, r.stderr);
      assert.match(folder.read('doc/adr/0010-no-verify-is-banned.md'), /^# 10\. --no-verify is banned\n/);
    });

    it('supersedes log4brains records by file name and names the new one by date', async () => {
      folder.copyCorpus('log4brains', 'docs/adr').write({ '.log4brains.yml': 'project:\n  adrFolder: ./docs/adr\n' });
      const r = await folder.run('adr', 'new', '--supersede', '20201103-use-lunr-for-search', '--root', '.', 'Use Pagefind');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${path.join('docs', 'adr', '20261121-use-pagefind.md')}\n`);
      assert.match(folder.read('docs/adr/20201103-use-lunr-for-search.md'), /^- Status: superseded by \[20261121-use-pagefind\]\(20261121-use-pagefind\.md\)$/m);
    });

    it('uses the first conventional folder when there are several, says so, and obeys --dir', async () => {
      folder.copyCorpus('adr-tools', 'docs/adr').copyCorpus('madr', 'docs/decisions');
      const defaulted = await folder.run('adr', 'new', 'X');
      assert.equal(defaulted.code, 0, defaulted.stderr);
      assert.equal(defaulted.stdout, `${path.join('docs', 'adr', '0010-x.md')}\n`);
      assert.match(defaulted.stderr, /several ADR folders \(docs\/adr, docs\/decisions\); using docs\/adr\. Choose one with --dir\./);
      const chosen = await folder.run('adr', 'new', '--dir', 'docs/decisions', '--template', 'madr-full', 'Y');
      assert.equal(chosen.code, 0, chosen.stderr);
      assert.equal(chosen.stderr, '');
      assert.match(folder.read('docs/decisions/0019-y.md'), /^---\nstatus: proposed\ndate: 2026-11-21\ndecision-makers:\n/);
    });

    it('works from another folder with --root and prints a path that opens from there', async () => {
      folder.copyCorpus('adr-tools', 'repo/doc/adr');
      let stdout = '';
      const { main } = await import('../../../src/cli/main');
      const code = await main(['adr', 'new', '--root', 'repo', 'X'], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: folder.root, env: { TECHLEAD_TODAY: TODAY } });
      assert.equal(code, 0);
      assert.equal(stdout, `${path.join('repo', 'doc', 'adr', '0010-x.md')}\n`);
    });

    it('reports usage errors with exit code 2 and a message saying what to change', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr');
      const before = folder.list('doc/adr');
      const cases: [string[], RegExp][] = [
        [['adr', 'new'], /^techlead adr new: missing TITLE\n\nUsage: techlead adr new/],
        [['adr', 'new', '--link', '4:fixes', 'X'], /--link takes RECORD:RELATION, such as 7:amends; RELATION is one of relates-to, amends, clarifies, extends \(got "4:fixes"\)/],
        [['adr', 'new', '--supersede', '42', 'X'], /^techlead adr new: There is no record 42 in doc\/adr\.\n$/],
        [['adr', 'new', '--dir', 'nowhere', 'X'], /"nowhere" is not an ADR folder/],
        [['adr', 'new', '--template', 'fancy', 'X'], /There is no template "fancy"/],
        [['adr', 'new', '--bogus', 'X'], /Unknown option '--bogus'/],
        [['adr'], /missing subcommand/],
        [['adr', 'frobnicate'], /unknown subcommand "frobnicate"/],
        [['adr', 'new', '--today', 'tomorrow', 'X'], /--today must be a date/],
        [['adr', 'new', '--status', 'propsed', 'X'], /"propsed" is not a status; did you mean "proposed"\?/],
      ];
      for (const [argv, message] of cases) {
        const r = await folder.run(...argv);
        assert.equal(r.code, 2, argv.join(' '));
        assert.match(r.stderr, message, argv.join(' '));
        assert.equal(r.stdout, '');
      }
      assert.deepEqual(folder.list('doc/adr'), before, 'nothing was written');
    });
  });

  describe('list', () => {
    it('--json gives file, number, id, title, raw and normalised status and date, null where missing', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr').write({ 'doc/adr/0010-bare.md': '# 10. Bare\n\nNo metadata at all.\n' });
      const r = await folder.run('adr', 'list', '--json');
      assert.equal(r.code, 0, r.stderr);
      const records = JSON.parse(r.stdout) as Record<string, unknown>[];
      assert.equal(records.length, 10);
      assert.deepEqual(
        { ...records[1], links: undefined },
        { file: 'doc/adr/0002-implement-as-shell-scripts.md', folder: 'doc/adr', number: 2, id: 'ADR-0002', title: 'Implement as shell scripts', status: 'Accepted', statusNormalized: 'accepted', date: '2016-02-12', format: 'nygard', links: undefined },
      );
      assert.deepEqual(records[4]!.links, [{ relation: 'amended-by', target: 'doc/adr/0009-help-scripts.md' }]);
      folder.write({ 'doc/adr/0011-marked.md': '# 11. Marked\n\n## Status\n\n**Approved** on 2020-01-02\n' });
      const marked = (JSON.parse((await folder.run('adr', 'list', '--json')).stdout) as Record<string, unknown>[]).at(-1)!;
      assert.deepEqual([marked.status, marked.statusNormalized], ['Approved on 2020-01-02', 'accepted'], 'status as a reader sees it: emphasis taken off');
      assert.deepEqual({ status: records[9]!.status, statusNormalized: records[9]!.statusNormalized, date: records[9]!.date }, { status: null, statusNormalized: null, date: null });
    });

    it('--explain says where each field was read: file:line and the kind of place', async () => {
      folder.write({
        'docs/adr/0001-front.md': '---\ntitle: Use queues\nstatus: accepted\n---\n# 1. Queues\n\n## Changelog\n\n- 2024-03-02: first draft\n',
        'docs/adr/0002-placeholder.md': '# 2. Later\n\n* Status: {proposed | accepted}\n* Date: 2024-04-01\n',
      });
      const r = await folder.run('adr', 'list', '--explain');
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.split('\n').map((l) => l.trim().split(/\s{2,}/));
      assert.deepEqual(lines.find((l) => l[0] === 'title'), ['title', 'Use queues', 'docs/adr/0001-front.md:2', 'front matter']);
      assert.deepEqual(lines.find((l) => l[0] === 'date'), ['date', '2024-03-02', '"- 2024-03-02: first draft"', 'docs/adr/0001-front.md:9', 'changelog']);
      assert.deepEqual(lines.find((l) => l[0] === 'status' && l.includes('template placeholder')), ['status', '-', '"{proposed | accepted}"', 'docs/adr/0002-placeholder.md:3', 'template placeholder']);
      const json = JSON.parse((await folder.run('adr', 'list', '--json', '--explain')).stdout) as { explain: { field: string; line: number; source: string }[] }[];
      assert.deepEqual(json[1]!.explain.find((e) => e.field === 'date'), { field: 'date', value: '2024-04-01', written: '2024-04-01', line: 4, source: 'field line' });
    });

    it('prints an aligned table, and filters with --dir', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr').copyCorpus('arachne', 'docs/adr');
      const r = await folder.run('adr', 'list', '--dir', 'doc/adr/');
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 10);
      assert.match(lines[0]!, /^ID {8}STATUS {4}DATE {8}FILE {2,}TITLE$/);
      assert.match(lines[1]!, /^ADR-0001  accepted  2016-02-12  doc\/adr\/0001-record-architecture-decisions\.md {2,}Record architecture decisions$/);
      const column = lines[0]!.indexOf('TITLE');
      for (const line of lines.slice(1)) assert.match(line.slice(column - 2), /^ {2}\S/, `titles start in one column: ${line}`);
      const all = await folder.run('adr', 'list', '--json');
      assert.equal((JSON.parse(all.stdout) as unknown[]).length, 9 + 17);
      const bad = await folder.run('adr', 'list', '--dir', 'src');
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /"src" is not an ADR folder; the ADR folders here are: doc\/adr, docs\/adr\./);
    });

    it('lists records kept one per folder under the ADR folder above them, numbered from the folder name', async () => {
      folder.write({ 'rfcs/0001-a/README.md': '# A\n\nStatus: Accepted\n', 'rfcs/0002-b/README.md': '# B\n\nStatus: Proposed\n', 'rfcs/0002-b/notes.md': '# Notes\n' });
      for (const args of [[], ['--dir', 'rfcs']]) {
        const r = await folder.run('adr', 'list', '--json', ...args);
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual((JSON.parse(r.stdout) as { file: string; number: number }[]).map((x) => [x.file, x.number]), [['rfcs/0001-a/README.md', 1], ['rfcs/0002-b/README.md', 2]]);
      }
    });

    it('--dir takes a folder discovery did not, as adr.directories does', async () => {
      folder.write({ 'notes/choices/use-x.md': '# Use X\n\nStatus: Accepted\n' });
      const r = await folder.run('adr', 'list', '--dir', 'notes/choices', '--json');
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file), ['notes/choices/use-x.md']);
    });
  });

  describe('status', () => {
    it('changes the status in place, and refuses a word that is not a status', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr');
      const r = await folder.run('adr', 'status', '3', 'deprecated');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${path.join('doc', 'adr', '0003-single-command-with-subcommands.md')}\n`);
      assert.equal(folder.read('doc/adr/0003-single-command-with-subcommands.md'), corpusText('adr-tools', '0003-single-command-with-subcommands.md').replace('## Status\n\nAccepted\n', '## Status\n\nDeprecated\n'));
      const again = await folder.run('adr', 'status', 'ADR-0003', 'Deprecated');
      assert.equal(again.code, 0);
      assert.equal(again.stdout, '');
      assert.match(again.stderr, /is already deprecated/);
      const typo = await folder.run('adr', 'status', '3', 'acepted');
      assert.equal(typo.code, 2);
      assert.match(typo.stderr, /"acepted" is not a status; did you mean "accepted"\?/);
      const missing = await folder.run('adr', 'status', '3');
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /missing STATUS/);
    });

    it('asks for --dir when the number exists in several folders', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr').copyCorpus('madr', 'docs/decisions');
      const r = await folder.run('adr', 'status', '3', 'rejected');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /doc\/adr\/0003-single-command-with-subcommands\.md and docs\/decisions\/0003-provide-own-madr-tools\.md all match "3"; choose the folder with --dir/);
      const chosen = await folder.run('adr', 'status', '--dir', 'docs/decisions', '3', 'rejected');
      assert.equal(chosen.code, 0, chosen.stderr);
    });
  });

  describe('link', () => {
    it('links two records both ways, once', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr');
      const r = await folder.run('adr', 'link', '8', 'clarifies', '4');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim().split('\n').length, 2);
      assert.match(folder.read('doc/adr/0004-markdown-format.md'), /\nClarified by \[8\. Use ISO 8601 Format for Dates\]\(0008-use-iso-8601-format-for-dates\.md\)\n/);
      const again = await folder.run('adr', 'link', '8', 'clarifies', '4');
      assert.equal(again.stdout, '');
      assert.match(again.stderr, /already say so/);
      const bad = await folder.run('adr', 'link', '8', 'supersedes', '4');
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /RELATION must be one of relates-to, amends, clarifies, extends/);
    });
  });

  describe('index', () => {
    it('writes each folder\'s README table, then reports it up to date', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr');
      const r = await folder.run('adr', 'index');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${path.join('doc', 'adr', 'README.md')}\n`);
      const page = folder.read('doc/adr/README.md');
      assert.match(page, /^# Architecture decision records\n\n<!-- techlead:adr-index:start -->\n\| Number \| Decision \| Status \| Date \|\n/);
      assert.match(page, /\n\| 9 \| \[Help scripts\]\(0009-help-scripts\.md\) \| Accepted \| 2018-06-26 \|\n<!-- techlead:adr-index:end -->\n$/);
      const again = await folder.run('adr', 'index', '--dir', 'doc/adr');
      assert.equal(again.code, 0);
      assert.equal(again.stdout, '');
      assert.match(again.stderr, /README\.md is up to date/);
    });
  });

  describe('graph', () => {
    it('prints Mermaid, or the model as JSON', async () => {
      folder.copyCorpus('adr-tools', 'doc/adr');
      const r = await folder.run('adr', 'graph', '--linked-only', '--direction', 'tb');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'flowchart TB\n  subgraph folder1["doc/adr"]\n    adr1["5. Help comments"]\n    adr2["9. Help scripts"]\n  end\n  adr2 -->|amends| adr1\n');
      const json = JSON.parse((await folder.run('adr', 'graph', '--json')).stdout) as { nodes: unknown[]; edges: unknown[] };
      assert.equal(json.nodes.length, 9);
      assert.deepEqual(json.edges, [{ from: 'doc/adr/0009-help-scripts.md', to: 'doc/adr/0005-help-comments.md', relation: 'amends' }]);
      const bad = await folder.run('adr', 'graph', '--direction', 'up');
      assert.equal(bad.code, 2);
    });
  });

  describe('init', () => {
    it('creates docs/adr with its first record and .techlead.yaml, and refuses to run twice', async () => {
      folder.write({ 'package.json': '{}\n' });
      const r = await folder.run('adr', 'init');
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${path.join('docs', 'adr', '0001-record-architecture-decisions.md')}\n`);
      assert.equal(r.stderr, 'created .techlead.yaml\n');
      assert.match(folder.read('.techlead.yaml'), /directories:\n {4}- "docs\/adr"\n/);
      const listed = JSON.parse((await folder.run('adr', 'list', '--json')).stdout) as { id: string; statusNormalized: string; date: string }[];
      assert.deepEqual(listed.map((x) => [x.id, x.statusNormalized, x.date]), [['ADR-0001', 'accepted', TODAY]]);
      const next = await folder.run('adr', 'new', 'Use TypeScript');
      assert.equal(next.stdout, `${path.join('docs', 'adr', '0002-use-typescript.md')}\n`);
      const again = await folder.run('adr', 'init');
      assert.equal(again.code, 2);
      assert.match(again.stderr, /docs\/adr already holds decision records/);
      assert.equal(folder.read('.techlead.yaml').includes('docs/adr'), true);
    });
  });

  it('has --help for adr and every subcommand', async () => {
    for (const sub of ['', 'list', 'new', 'status', 'link', 'index', 'graph', 'init']) {
      const r = await folder.run(...['adr', sub, '--help'].filter(Boolean));
      assert.equal(r.code, 0, sub);
      assert.ok(r.stdout.startsWith(`Usage: techlead adr ${sub ? `${sub} ` : '<subcommand>'}`), `${sub}: ${r.stdout.slice(0, 40)}`);
    }
    const top = await folder.run('--help');
    assert.match(top.stdout, /\n {2}adr {2,}list, create, supersede, link and index architecture decision records\n/);
  });
});
