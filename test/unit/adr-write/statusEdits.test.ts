import * as assert from 'node:assert/strict';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { planChangeStatus } from '../../../src/core/adr/write/statusEdits';
import { applyTextEdits } from '../../../src/core/model/text';
import * as fs from 'node:fs';
import { CORPUS_DIR } from './support';
import { describeWithCorpus } from '../adr/adrTestSupport';

/** Changes the status of a record given as text; returns the new text (the input when nothing changed). */
function change(path: string, text: string, status: string, today?: string): string {
  const plan = planChangeStatus(parseDecisionRecord(path, text), status, today);
  assert.ok(plan.ok, plan.ok ? '' : plan.error);
  assert.ok(plan.changes.length <= 1);
  const c = plan.changes[0];
  if (!c) return text;
  assert.ok(c.type === 'edit' && c.path === path);
  return applyTextEdits(text, c.edits);
}

describeWithCorpus('adr-write: planChangeStatus', () => {
  it('rewrites the status word in a Nygard Status section, keeping its case and every other byte', () => {
    const text = fs.readFileSync(`${CORPUS_DIR}/adr-tools/0005-help-comments.md`, 'utf8');
    const out = change('doc/adr/0005-help-comments.md', text, 'deprecated', '2026-11-21');
    assert.equal(out, text.replace('## Status\n\nAccepted\n', '## Status\n\nDeprecated\n'), 'adr-tools dates say when the record was written: they stay');
    assert.equal(parseDecisionRecord('x/0005-a.md', out).status?.value, 'deprecated');
  });

  it('keeps upper case and emphasis as written', () => {
    assert.match(change('a/0001-x.md', '# 1. X\n\n## Status\n\nPROPOSED\n\n## Context\n', 'accepted'), /\n\nACCEPTED\n/);
    assert.match(change('a/0001-x.md', '# 1. X\n\n## Status\n\n**Proposed**\n\n## Context\n', 'accepted'), /\n\n\*\*Accepted\*\*\n/);
  });

  it('changes a MADR front-matter value, keeping quotes and comments, and updates its date', () => {
    const text = '---\n# reviewed weekly\nstatus: "proposed" # not yet\ndate: 2026-01-01\n---\n\n# X\n\n## Context and Problem Statement\n\nx\n';
    assert.equal(change('d/0001-x.md', text, 'accepted', '2026-11-21'), text.replace('"proposed"', '"accepted"').replace('2026-01-01', '2026-11-21'));
    const plain = '---\nstatus: proposed\ndate: 2026-01-01\n---\n\n# X\n\n## Context and Problem Statement\n';
    assert.equal(change('d/0001-x.md', plain, 'on hold: waiting for legal'), plain.replace('status: proposed', 'status: "on hold: waiting for legal"'));
  });

  it('overrides a status and date merged from an anchor with keys of the record, leaving the anchor as written', () => {
    const anchor = 'defaults: &defaults\n  status: proposed\n  date: 2026-01-01\n';
    const text = `---\n${anchor}<<: *defaults\n---\n\n# X\n\n## Context and Problem Statement\n\nx\n`;
    const out = change('d/0001-x.md', text, 'accepted', '2026-11-21');
    assert.ok(out.startsWith(`---\n${anchor}<<: *defaults\n`), 'the anchor, which other mappings may merge, keeps its values');
    const record = parseDecisionRecord('d/0001-x.md', out);
    assert.equal(record.status?.value, 'accepted');
    assert.equal(record.date?.value, '2026-11-21');
    assert.deepEqual(out.split('---')[1]!.split('\n').slice(5).sort(), ['', 'date: 2026-11-21', 'status: accepted'].sort());
  });

  it('sets a last-updated date under the key that writes it, merged or not', () => {
    const own = '---\nlast_update: 2026-01-23\nlanguage: es\n---\n\n# X\n\n## Context and Problem Statement\n\nx\n';
    assert.equal(change('d/0001-x.md', own, 'accepted', '2026-11-21'), own.replace('2026-01-23', '2026-11-21').replace('language: es\n', 'language: es\nstatus: accepted\n'));
    const anchor = 'defaults: &defaults\n  last_update: 2026-01-23\n';
    const merged = `---\n${anchor}<<: *defaults\n---\n\n# X\n\n## Context and Problem Statement\n\nx\n`;
    const out = change('d/0001-x.md', merged, 'accepted', '2026-11-21');
    assert.ok(out.startsWith(`---\n${anchor}<<: *defaults\n`), 'the anchor keeps its value');
    assert.match(out, /\nlast_update: 2026-11-21\n/);
    assert.doesNotMatch(out, /\ndate:/, 'no second date key beside the one the record uses');
  });

  it('changes MADR 2 and log4brains bullets, and tables', () => {
    const bullets = '# X\n\n* Status: proposed\n* Date: 2020-01-01\n\n## Context and Problem Statement\n';
    assert.equal(change('d/0001-x.md', bullets, 'Accepted', '2026-11-21'), '# X\n\n* Status: accepted\n* Date: 2026-11-21\n\n## Context and Problem Statement\n');
    const table = '# X\n\n| Field | Value |\n| --- | --- |\n| Status | **Proposed** |\n\n## Context\n';
    assert.equal(change('d/0001-x.md', table, 'rejected'), table.replace('**Proposed**', '**Rejected**'));
  });

  it('changes nothing when the record already has the status, whatever its case', () => {
    const text = '# 1. X\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n';
    assert.equal(change('a/0001-x.md', text, 'accepted', '2026-11-21'), text);
  });

  it('adds a status in the record\'s style when it has none', () => {
    assert.equal(change('a/0001-x.md', '# 1. X\n\nDate: 2020-01-01\n\n## Context\n\nx\n', 'proposed'), '# 1. X\n\nDate: 2020-01-01\n\n## Status\n\nProposed\n\n## Context\n\nx\n');
    assert.equal(change('a/0001-x.md', '# 1. X\n\n## Status\n\n## Context\n\nx\n', 'proposed'), '# 1. X\n\n## Status\n\nProposed\n\n## Context\n\nx\n');
    assert.equal(change('a/0001-x.md', '---\ndate: 2020-01-01\n---\n# X\n\n## Context and Problem Statement\n', 'proposed'), '---\ndate: 2020-01-01\nstatus: proposed\n---\n# X\n\n## Context and Problem Statement\n');
    assert.equal(change('a/0001-x.md', '# X\n\n- Date: 2020-01-01\n\n## Context and Problem Statement\n', 'proposed'), '# X\n\n- Status: proposed\n- Date: 2020-01-01\n\n## Context and Problem Statement\n');
    assert.equal(change('a/0001-x.md', '# X\n\n## Context and Problem Statement\n\n## Considered Options\n', 'proposed'), '---\nstatus: proposed\n---\n\n# X\n\n## Context and Problem Statement\n\n## Considered Options\n');
  });

  it('keeps CRLF line endings', () => {
    const text = '# 1. X\r\n\r\nDate: 2020-01-01\r\n\r\n## Context\r\n\r\nx\r\n';
    assert.equal(change('a/0001-x.md', text, 'proposed'), '# 1. X\r\n\r\nDate: 2020-01-01\r\n\r\n## Status\r\n\r\nProposed\r\n\r\n## Context\r\n\r\nx\r\n');
  });

  it('refuses an empty status and broken front matter', () => {
    const empty = planChangeStatus(parseDecisionRecord('a/0001-x.md', '# X\n'), '  ');
    assert.ok(!empty.ok && /empty/.test(empty.error));
    const broken = planChangeStatus(parseDecisionRecord('a/0001-x.md', '---\nstatus: [\n---\n# X\n'), 'accepted');
    assert.ok(!broken.ok && /not valid YAML/.test(broken.error));
  });
});

describeWithCorpus('adr-write: planChangeStatus on other layouts', () => {
  it('changes "Status:" lines and bold keys under the title', () => {
    const line = '# 1. X\n\nStatus: Proposed\nDate: 2020-01-01\n\n## Context\n';
    assert.equal(change('a/0001-x.md', line, 'accepted'), line.replace('Status: Proposed', 'Status: Accepted'));
    const bold = '# X\n\n**Status:** proposed\n**Date:** 2020-01-01\n\n## Context and Problem Statement\n';
    assert.equal(change('a/0001-x.md', bold, 'rejected'), bold.replace('**Status:** proposed', '**Status:** rejected'));
  });

  it('leaves "Superseded by [link]" alone when asked for superseded, so the link survives', () => {
    const text = fs.readFileSync(`${CORPUS_DIR}/adr-tools/0002-implement-as-shell-scripts.md`, 'utf8').replace('\nAccepted\n', '\nSuperseded by [10. X](0010-x.md)\n');
    assert.equal(change('doc/adr/0002-implement-as-shell-scripts.md', text, 'superseded'), text);
  });
});
