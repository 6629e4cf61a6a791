import * as assert from 'node:assert/strict';
import { parseConfigDocument, resolveConfig } from '../../../src/core/config/config';

describe('.techlead.yaml', () => {
  it('reads a valid file', () => {
    const doc = parseConfigDocument('.techlead.yaml', 'adr:\n  directories: [docs/decisions]\nrules:\n  adr/stale-proposal: off\n');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.config.adr?.directories, ['docs/decisions']);
    assert.equal(doc.config.rules?.['adr/stale-proposal'], 'off');
  });

  it('reads a repository\'s own status words, and reports a meaning that is not a status', () => {
    const doc = parseConfigDocument('.techlead.yaml', 'adr:\n  statuses:\n    Angenommen: accepted\n    Umgesetzt: accepted\n');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual([...resolveConfig(doc.config).adrStatuses], [['angenommen', 'accepted'], ['umgesetzt', 'accepted']]);
    const wrong = parseConfigDocument('.techlead.yaml', 'adr:\n  statuses:\n    Angenommen: yes-please\n');
    assert.equal(wrong.problems.length, 1);
    assert.equal(wrong.problems[0]!.range.start.line, 2);
  });

  it('reports an unknown key on its line with a suggestion', () => {
    const doc = parseConfigDocument('.techlead.yaml', 'adr:\n  directory: [docs/decisions]\n');
    assert.equal(doc.problems.length, 1);
    assert.equal(doc.problems[0]!.rule, 'config/schema');
    assert.equal(doc.problems[0]!.range.start.line, 1);
    assert.match(doc.problems[0]!.message, /Unknown key "directory".*Did you mean "directories"/);
  });

  it('reports wrong types and keeps the valid sections', () => {
    const doc = parseConfigDocument('.techlead.yaml', 'adr:\n  staleProposalDays: soon\nguidelines:\n  directories: [review]\n');
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0]!.message, /adr.staleProposalDays.*whole number/);
    assert.equal(doc.config.adr?.staleProposalDays, undefined);
    assert.deepEqual(doc.config.guidelines?.directories, ['review']);
  });

  it('reports YAML syntax errors at their position without throwing', () => {
    const doc = parseConfigDocument('.techlead.yaml', 'adr:\n  directories: [a, b\n');
    assert.ok(doc.problems.length >= 1);
    assert.equal(doc.problems[0]!.rule, 'config/yaml-syntax');
    assert.deepEqual(doc.config, {});
  });

  it('reports an alias to a missing anchor, and an alias bomb, on the alias line, without throwing', () => {
    const missing = parseConfigDocument('.techlead.yaml', 'adr:\n  directories: [x]\nrules: *nope\n');
    assert.deepEqual(missing.problems.map((p) => [p.rule, p.range.start.line]), [['config/yaml-syntax', 2]]);
    assert.match(missing.problems[0]!.message, /alias \*nope names no anchor/);
    const layer = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(`*${of}`).join(', ')}]`;
    const bomb = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]', layer('b', 'a'), layer('c', 'b'), layer('d', 'c'), layer('e', 'd'), layer('f', 'e'), layer('g', 'f'), 'rules: {}'].join('\n');
    const started = Date.now();
    const exploded = parseConfigDocument('.techlead.yaml', bomb);
    assert.ok(Date.now() - started < 1000, 'bounded');
    assert.ok(exploded.problems.some((p) => p.rule === 'config/yaml-syntax' && /expand to too much data/.test(p.message) && p.range.start.line === 5), JSON.stringify(exploded.problems));
  });

  it('merges repo config with host settings', () => {
    const eff = resolveConfig({ adr: { directories: ['./docs/adr/'], defaultStatus: 'draft' }, rules: { 'adr/x': 'off' } }, { adrDirectories: ['decisions'], rules: { 'adr/x': 'error' } });
    assert.deepEqual(eff.adrDirectories, ['docs/adr', 'decisions']);
    assert.equal(eff.adrDefaultStatus, 'draft');
    assert.equal(eff.severities['adr/x'], 'error');
    assert.equal(eff.maxFileSize, 1024 * 1024);
  });
});
