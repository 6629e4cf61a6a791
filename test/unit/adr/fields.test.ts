import * as assert from 'node:assert/strict';
import type { DecisionRecord } from '../../../src/core/adr/model';
import { parseDecisionRecord } from '../../../src/core/adr/parser';
import { statusTextOf } from '../../../src/core/adr/status';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { buildIndex } from './adrTestSupport';

const parse = (text: string, path = 'docs/adr/0007-use-postgres.md'): DecisionRecord => parseDecisionRecord(path, text);
const at = (r: DecisionRecord, span: { start: number; end: number }) => r.text.slice(span.start, span.end);

/** Where titles, statuses and dates are written in real records, as patterns (not files). */
describe('ADR fields: title, status and date wherever they are written', () => {
  describe('title', () => {
    it('takes front matter `title` over the body H1, without its ID prefix', () => {
      assert.equal(parse('---\ntitle: Custom Tasks\n---\n# TEP-0002: Enable Custom Tasks\n').title?.value, 'Custom Tasks');
      const r = parse("---\ntitle: 'ADR-001: Use X'\n---\n# Something else\n");
      assert.equal(r.title?.value, 'Use X');
      assert.equal(r.title?.origin, 'front-matter');
      assert.equal(at(r, r.title!), 'Use X');
      // An ID glued to the words is part of the title.
      assert.equal(parse('---\ntitle: 0001-Choix du modèle\n---\n# Choix\n').title?.value, '0001-Choix du modèle');
    });

    it('never takes a section name for the title; with no H1, a setext or ATX H2 that opens the file', () => {
      assert.equal(parse('A72: OpenTelemetry Tracing\n----\n* Status: Draft\n\n# Abstract\n\nText\n', 'A72-otel.md').title?.value, 'OpenTelemetry Tracing');
      assert.equal(parse('HTTP CONNECT Proxy Support\n--------------------------\n* Status: Implemented\n\n## Abstract\n', 'A1-http.md').title?.value, 'HTTP CONNECT Proxy Support');
      assert.equal(parse('# Context\n\nText\n').title, undefined);
      // A `Title:` line beats an H1 that comes below the first H2.
      assert.equal(parse('**Title:** Staking v2\nStatus: Draft\n\n## Abstract\n\n# Feedback\n').title?.value, 'Staking v2');
    });

    it('removes record-ID prefixes, bold around the heading, a trailing {#anchor} and Markdown escapes', () => {
      const titles: [string, string, string?][] = [
        ['# 0. Record decisions', 'Record decisions'],
        ['# 21) Use Postgres', 'Use Postgres'],
        ['# 23 Logging', 'Logging', 'adr/023-Logging.md'],
        ['# ADR-7: Use X', 'Use X'],
        ['# ADR 001: Use X', 'Use X'],
        ['# A27: xDS-Based Global Load Balancing', 'xDS-Based Global Load Balancing'],
        ['# TEP-0001: Tekton Enhancement Proposal Process', 'Tekton Enhancement Proposal Process'],
        ['# SLEP004: Data information', 'Data information'],
        ['# Aries RFC 0003: Protocols', 'Protocols'],
        ['# ODH-ADR-MS-0002: MaaS Tenant CR', 'MaaS Tenant CR'],
        ['# ADR-XXX: Agree CI/CD pipeline structure', 'Agree CI/CD pipeline structure'],
        ['# **Bold title**', 'Bold title'],
        ['# Use queues {#use-queues}', 'Use queues'],
        ['# Use snake\\_case names', 'Use snake_case names'],
        // Kept: an ID in the middle, a label without a number, words that only look like a prefix.
        ['# ADR RHAISTRAT-1109 “Integrate scores”', 'ADR RHAISTRAT-1109 “Integrate scores”'],
        ['# ADR - Eval-Hub multi-tenancy', 'ADR - Eval-Hub multi-tenancy'],
        ['# Phase 2: Rollout', 'Phase 2: Rollout'],
        ['# 3 ways to cache', '3 ways to cache', 'adr/use-caches.md'],
      ];
      for (const [line, title, path] of titles) assert.equal(parse(`${line}\n`, path).title?.value, title, line);
    });
  });

  describe('status', () => {
    const statuses: [string, string, string][] = [
      ['# X\n\nStatus: Accepted\n', 'Accepted', 'accepted'],
      ['# X\n\n* Status: Implemented\n', 'Implemented', 'accepted'],
      ['# X\n\n**Status:** ACCEPTED\n', 'ACCEPTED', 'accepted'],
      ['# X\n\n* **Status:** Accepted\n', 'Accepted', 'accepted'],
      ['# X\n\n## Status\n\n*deprecated*\n', 'deprecated', 'deprecated'],
      ['# X\n\n## Status: Proposed\n\nText\n', 'Proposed', 'proposed'],
      ['## **status:** Draft\n\n## **Title:** X\n', 'Draft', 'draft'],
      ['# X\n\n## Estado\n\nAceptada\n', 'Aceptada', 'accepted'],
      ['# X\n\n## Status\n\n**Akzeptiert** – Iteration 6\n', 'Akzeptiert – Iteration 6', 'accepted'],
      ['# X\n\n* statut : proposé\n', 'proposé', 'proposed'],
      ['# X\n\n- Status: [ADOPTED](/README.md#adopted)\n', 'ADOPTED', 'accepted'],
      ['# X\n\nStatus: ✅ Accepted\n', '✅ Accepted', 'accepted'],
      ['# X\n\nStatus: ❌ Rejected (see [019](019-x.md))\n', '❌ Rejected (see 019)', 'rejected'],
      ['# X\n\n>|              | |\n>| ------------ | --- |\n>| Date         | `04/07/2023` |\n>| Status       | `RFC` |\n', 'RFC', 'proposed'],
      ['# X\n\n| Field | Value |\n|---|---|\n| **Status** | Approved |\n| Date | 2023-04-11\n', 'Approved', 'accepted'],
      ['# X\n\n| Status | Date | Authors |\n|---|---|---|\n| Review | 2024-06-08 | me |\n', 'Review', 'proposed'],
      ['---\nstatus: Living\n---\n# X\n', 'Living', 'accepted'],
      ['---\nstatus: implementable\n---\n# X\n', 'implementable', 'other'],
      ['# X\n\nStatus: Withdrawn (superseded by SLEP006)\n', 'Withdrawn (superseded by SLEP006)', 'rejected'],
      ['# X\n\nStatus: ACTIVE\n', 'ACTIVE', 'other'],
      ['# X\n\n* Status: In Review {Draft, In Review, Implemented}\n', 'In Review {Draft, In Review, Implemented}', 'proposed'],
    ];
    for (const [text, shown, value] of statuses) {
      it(`reads ${JSON.stringify(text.split('\n').filter((l) => /status|estado|statut|Review|ADOPTED/i.test(l))[0] ?? text)}`, () => {
        const r = parse(text);
        assert.ok(r.status, 'a status');
        assert.equal(statusTextOf(r.status.raw), shown);
        assert.equal(r.status.value, value);
        // The span is what an edit replaces: the value as written.
        assert.equal(at(r, r.status), r.status.raw);
      });
    }

    it('reads no status from an unfilled placeholder, and keeps where it is so lint can say so', () => {
      for (const text of ['# X\n\n* Status: {proposed | accepted}\n', '# X\n\n## Status\n\n[ accepted | deprecated ]\n', '---\nstatus: "{proposed}"\n---\n# X\n', '# X\n\n* Status: {Draft, In Review, Implemented}\n', '# X\n\n## Status\n\n\\{proposed | accepted\\}\n', '# X\n\n## Status\n\n[Vorgeschlagen | Akzeptiert | Veraltet | Ersetzt]\n', '# X\n\n| Status | `RFC by dd/mm/YYYY, Proposed, In Discussion, Withdrawn, Rejected, Accepted, Deprecated` |\n']) {
        const r = parse(text);
        assert.equal(r.status, undefined, text);
        assert.ok(r.statusPlaceholder, text);
      }
    });

    it('maps a repository\'s own words first', () => {
      const r = parseDecisionRecord('docs/adr/0001-x.md', '# X\n\nStatus: Umgesetzt\n', undefined, { statuses: new Map([['umgesetzt', 'accepted']]) });
      assert.equal(r.status?.value, 'accepted');
      assert.equal(parse('# X\n\nStatus: Umgesetzt\n').status?.value, 'other');
    });

    it('takes those words from adr.statuses in .techlead.yaml', async () => {
      const folder = new MemoryFileSystem({ '.techlead.yaml': 'adr:\n  statuses:\n    Umgesetzt: accepted\n', 'docs/adr/0001-x.md': '# 1. X\n\nStatus: Umgesetzt\n' });
      const index = await buildIndex(folder);
      assert.equal((index.get('docs/adr/0001-x.md') as DecisionRecord).status?.value, 'accepted');
    });
  });

  describe('date', () => {
    it('takes the record\'s own date before "last updated", and "last updated" when it is the only one', () => {
      assert.equal(parse('# X\n\n* Last updated: 2024-02-01\n* Date: 2023-01-02\n').date?.value, '2023-01-02');
      assert.equal(parse('---\ncreation-date: "2020-08-10"\nlast-updated: "2021-01-01"\n---\n# X\n').date?.value, '2020-08-10');
      const only = parse('# X\n\n* Last updated: Feb 23rd, 2021\n');
      assert.equal(only.date?.value, '2021-02-23');
      assert.equal(at(only, only.date!), 'Feb 23rd, 2021');
      assert.equal(parse('# X\n\n- Start Date: 2019-04-01\n- Since: 2019-08-07 (updated 2019-03-16)\n').date?.value, '2019-04-01');
    });

    it('reads dates written without a colon, in sections and in other languages', () => {
      assert.equal(parse('# X\n\nDate 09/04/2018\n').date?.value, '2018-04-09');
      assert.equal(parse('# X\n\nUpdated 3 dependencies.\n').date, undefined);
      assert.equal(parse('# X\n\n## Fecha\n\n2025-01-12\n').date?.value, '2025-01-12');
      assert.equal(parse('# X\n\n* **Datum:** 2024-05-06\n').date?.value, '2024-05-06');
      assert.equal(parse('# X\n\n* date : 2023-02-01\n').date?.value, '2023-02-01');
    });

    it('reads 04/07/2023 the way the record writes its other dates, day first when nothing says', () => {
      assert.equal(parse('# X\n\nDate: 04/07/2023\n').date?.value, '2023-07-04');
      assert.equal(parse('# X\n\nDate: 04/07/2023\n\nThe spike ran until 12/20/2022.\n').date?.value, '2023-04-07');
      assert.equal(parse('# X\n\nDate: 04/07/2023\n\nThe spike ran until 20/12/2022.\n').date?.value, '2023-07-04');
    });

    it('dates a record with no date by the earliest entry of its changelog', () => {
      const r = parse('# ADR 025: X\n\n## Changelog\n\n- 2021-04-23: Deprecated\n- 2020-05-23: Details\n- 2020-05-18: Initial Draft\n\n## Status\n\n*deprecated*\n');
      assert.equal(r.date?.value, '2020-05-18');
      assert.equal(r.date?.origin, 'changelog');
      assert.equal(parse('# X\n\n## Changelog\n\n* January 28th, 2022: Initial\n* 05/01/2022: more\n').date?.value, '2022-01-05');
    });

    it('takes the date in a record folder\'s name', () => {
      const r = parse('# X\n\nText\n', 'docs/decisions/2023-02-01-use-x/README.md');
      assert.equal(r.date?.value, '2023-02-01');
      assert.equal(r.date?.origin, 'file-name');
    });

    it('keeps a date that names no day so adr/invalid-date can report it, and reads no month-only date', () => {
      const r = parse('# X\n\nDate: 2026-02-31\n');
      assert.equal(r.date?.value, undefined);
      assert.equal(r.date?.raw, '2026-02-31');
      assert.equal(parse('# X\n\n* Last updated: 2024-01\n').date?.value, undefined);
    });
  });

  // Not here, as before these readers: a heading with a long run of spaces before its last
  // word, and a line of many `[a](`, take seconds (markdownStructure, targets).
  it('reads pathological lines in linear time', () => {
    const started = Date.now();
    const long = 50_000;
    for (const text of [
      `# ${' '.repeat(long)}x\n`,
      `# X\n\nStatus: ${'['.repeat(long)}\n`,
      `# X\n\nDate: ${'1/'.repeat(long)}\n`,
      `# X\n\n${'| Status '.repeat(long / 8)}\n`,
      `# X\n\n${'> '.repeat(long)}Status: Accepted\n`,
      `# X\n\n## Changelog\n\n${'- 1 '.repeat(long / 4)}\n`,
      `Date: 04/07/2023\n${'1/1/'.repeat(long / 4)}\n`,
    ]) parse(text);
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
  });
});
