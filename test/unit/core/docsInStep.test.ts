import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_LIST, ruleDocPath } from '../../../src/core/ruleList';

const root = path.resolve(__dirname, '../../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readmeWithTable } = require(path.join(root, 'scripts/docs/settingsTable.js')) as { readmeWithTable(readme: string, pkg: unknown): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readmeWithRules } = require(path.join(root, 'scripts/docs/rulesIndex.js')) as { readmeWithRules(readme: string, rules: unknown, docPath: (id: string) => string): string };

describe('generated documentation stays in step', () => {
  it('README.md lists every setting as package.json declares it (run scripts/docs/settingsTable.js --write)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, readmeWithTable(readme, pkg));
  });

  it('README.md indexes every rule of the rule list, each linking to its page (run scripts/docs/rulesIndex.js --write)', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, readmeWithRules(readme, RULE_LIST, ruleDocPath));
    for (const r of RULE_LIST) assert.ok(readme.includes(`](${ruleDocPath(r.id)})`), `README.md links ${r.id} to its page`);
  });

  it('the Getting Started walkthrough links only commands and views that exist, and its pages ship', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const commands = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
    const views = new Set(Object.values(pkg.contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id));
    const [walkthrough] = pkg.contributes.walkthroughs as { id: string; steps: { id: string; description: string; media: { markdown: string }; completionEvents: string[] }[] }[];
    assert.ok(walkthrough, 'a walkthrough');
    assert.deepEqual(walkthrough.steps.map((s) => s.id), ['decisions', 'newDecision', 'risks', 'review'], 'the three jobs, after seeing what was found');
    for (const step of walkthrough.steps) {
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)\)/g)) {
        const view = command!.endsWith('.focus') ? command!.slice(0, -'.focus'.length) : undefined;
        assert.ok(commands.has(command!) || (view && views.has(view)), `${step.id} links ${command}, which nothing contributes`);
      }
      for (const event of step.completionEvents) {
        const [kind, id] = event.split(':') as [string, string];
        assert.ok(kind === 'onView' ? views.has(id) : commands.has(id), `${step.id}: ${event} can never happen`);
      }
      assert.ok(fs.existsSync(path.join(root, step.media.markdown)), `${step.media.markdown} is missing`);
      assert.match(step.media.markdown, /^media\//, 'the .vsix ships media/');
    }
  });

  it('no view says it found nothing before indexing has finished', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const w of pkg.contributes.viewsWelcome as { view: string; when: string; contents: string }[]) {
      if (/!techlead\.ready/.test(w.when)) assert.match(w.contents, /^Looking for /, `${w.view} while indexing: ${w.contents}`);
    }
  });

  it('every command in the manifest has a category and a title', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const c of pkg.contributes.commands as { command: string; title?: string; category?: string }[]) {
      assert.ok(c.title && c.category, `${c.command} needs a title and a category`);
      assert.match(c.command, /^techlead\./);
    }
  });
});
