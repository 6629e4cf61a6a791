import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfigDocument } from '../../../src/core/config/config';
import { KIND_PROVIDERS } from '../../../src/core/kinds';
import { REPOSITORY_URL, RULE_LIST, ruleDocUrl } from '../../../src/core/ruleList';

const root = path.resolve(__dirname, '../../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(root, 'scripts/docs/ruleSchemas.js')) as {
  configSchemaText(text: string, rules: unknown): string;
  packageText(text: string, rules: unknown, docUrl: (id: string) => string): string;
};
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('rule ids in the settings and the .techlead.yaml schema', () => {
  it('schemas/techlead-config.schema.json lists every rule id (run scripts/docs/ruleSchemas.js --write)', () => {
    const text = read('schemas/techlead-config.schema.json');
    assert.equal(text, generator.configSchemaText(text, RULE_LIST));
  });

  it('the techlead.rules setting in package.json lists every rule id (run scripts/docs/ruleSchemas.js --write)', () => {
    const text = read('package.json');
    assert.equal(text, generator.packageText(text, RULE_LIST, ruleDocUrl));
  });

  it('the rule list holds every kind\'s rules once, each with a doc page', () => {
    const ids = RULE_LIST.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const p of KIND_PROVIDERS) for (const r of p.rules) assert.ok(ids.includes(r.id), r.id);
    for (const id of ids) {
      const page = path.join(root, 'docs/rules', `${id}.md`);
      assert.ok(fs.existsSync(page), `${page} is missing`);
      assert.ok(fs.readFileSync(page, 'utf8').startsWith(`# ${id}\n`), page);
    }
  });

  it('links rule pages to the repository package.json names', () => {
    // package.json names no repository yet; once it does, rule pages must link there.
    const pkg = JSON.parse(read('package.json')) as { repository?: { url: string } };
    if (pkg.repository) assert.equal(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''), REPOSITORY_URL);
    assert.equal(ruleDocUrl('risk/overdue'), `${REPOSITORY_URL}/blob/main/docs/rules/risk/overdue.md`);
  });
});

describe('.techlead.yaml rules:', () => {
  it('reports an unknown rule id on its line with the closest id, and does not use it', () => {
    const doc = parseConfigDocument('.techlead.yaml', 'rules:\n  risk/overdue: off\n  risk/schemaa: off\n');
    assert.equal(doc.problems.length, 1);
    const [p] = doc.problems;
    assert.equal(p!.rule, 'config/schema');
    assert.equal(p!.range.start.line, 2);
    assert.match(p!.message, /"risk\/schemaa".*Did you mean "risk\/schema"\?/);
    assert.deepEqual(doc.config.rules, { 'risk/overdue': 'off' });
  });

  it('reports a severity of the wrong type or value, and does not use it', () => {
    const doc = parseConfigDocument('.techlead.yaml', 'rules:\n  risk/overdue: []\n  adr/stale-proposal: Warning\n  adr/broken-link: info\n');
    assert.deepEqual(doc.problems.map((p) => [p.rule, p.range.start.line]), [['config/schema', 1], ['config/schema', 2]]);
    assert.match(doc.problems[0]!.message, /risk\/overdue" should be a string, not a list/);
    assert.match(doc.problems[1]!.message, /"Warning" is not one of error, warning, info, hint, off.*Did you mean "warning"/);
    assert.deepEqual(doc.config.rules, { 'adr/broken-link': 'info' });
  });

  it('accepts every listed id, the index\'s own included', () => {
    const text = `rules:\n${RULE_LIST.map((r) => `  ${r.id}: ${r.defaultSeverity}\n`).join('')}`;
    assert.deepEqual(parseConfigDocument('.techlead.yaml', text).problems, []);
  });
});
