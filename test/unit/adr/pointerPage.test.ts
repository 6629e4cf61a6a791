import * as assert from 'node:assert/strict';
import { discoverAdrDirectories, type AdrDiscovery } from '../../../src/core/adr/discovery';
import { resolveConfig } from '../../../src/core/config/config';
import { neverCancelled, silentLogger, type Logger } from '../../../src/core/host';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { buildIndex } from './adrTestSupport';

/**
 * Pointer pages: a file named like the record before the series (number 0) whose text
 * mostly sends the reader on to other records of its folder is not a record.
 */

const RECORD = '# 1. Use a message queue\n\nStatus: Accepted\n\n## Context\n\nWe need one.\n';
/** The "pending decisions" page kept for history once its content moved to a record. */
const MOVED = [
  '# PENDING DECISIONS: Backend',
  '',
  '**Status:** RESOLVED',
  '**Date:** 2026-01-15',
  '**See:** [ADR 001: Backend decisions](001-backend.md)',
  '',
  '---',
  '',
  '*This document is kept for historical context. All decisions have been moved to ADR 001.*',
  '',
].join('\n');

async function discover(files: Record<string, string>, logger: Logger = silentLogger): Promise<{ d: AdrDiscovery; read: string[] }> {
  const fs = new MemoryFileSystem(files);
  const read: string[] = [];
  const spy = Object.assign(Object.create(fs) as MemoryFileSystem, { readTextWithin: (p: string, max: number) => (read.push(p), fs.readTextWithin(p, max)) });
  const d = await discoverAdrDirectories({ fs: spy, config: resolveConfig(undefined, {}), logger, signal: neverCancelled });
  return { d, read };
}

describe('ADR pointer pages', () => {
  it('does not list a page numbered 0 that says its decisions moved to another record', async () => {
    const { d } = await discover({ 'docs/adr/000-PENDING-backend.md': MOVED, 'docs/adr/001-backend.md': RECORD, 'docs/adr/002-cache.md': RECORD });
    assert.deepEqual([...d.files], ['docs/adr/001-backend.md', 'docs/adr/002-cache.md']);
    assert.equal(d.claims('docs/adr/000-PENDING-backend.md'), false);
  });

  it('does not list an index numbered 0 whose lines link to the records', async () => {
    const index = ['# Decision log', '', 'The decisions of the team, oldest first.', '', '## Accepted', '', '- [1. Queue](0001-queue.md)', '- [2. Cache](0002-cache.md)', '', '## Proposed', '', '* [3. Search](0003-search.md)', ''].join('\n');
    const { d } = await discover({ 'adr/0000-index.md': index, 'adr/0001-queue.md': RECORD, 'adr/0002-cache.md': RECORD, 'adr/0003-search.md': RECORD });
    assert.deepEqual([...d.files], ['adr/0001-queue.md', 'adr/0002-cache.md', 'adr/0003-search.md']);
  });

  it('keeps a record numbered 0 that argues its decision, even one named "index" that links to records', async () => {
    const useAdrs = [
      '# ADR-000: Architecture Decision Records',
      '',
      '**Date:** 2025-10-17',
      '**Status:** Accepted',
      '',
      '## Decision',
      '',
      'We will document significant decisions as records in this folder,',
      'starting with [the queue](001-queue.md).',
      '',
      '## Consequences',
      '',
      'Contributors learn why the code is the way it is.',
      '',
    ].join('\n');
    const { d } = await discover({ 'docs/adr/000-index.md': useAdrs, 'docs/adr/001-queue.md': RECORD });
    assert.deepEqual([...d.files], ['docs/adr/000-index.md', 'docs/adr/001-queue.md']);
  });

  it('keeps a short record numbered 0 whose link leads outside the folder (a sign-post to a private document)', async () => {
    const signPost = '# 0 Security decisions\n\nDate: 2021-11-10\n\n**Link to this ADR: [private](https://docs.example.com/d/1)**\n';
    const { d } = await discover({ 'docs/adr/000-security.md': signPost, 'docs/adr/001-queue.md': RECORD });
    assert.deepEqual([...d.files], ['docs/adr/000-security.md', 'docs/adr/001-queue.md']);
  });

  it('counts only links to records: a page numbered 0 linking to a README or a picture is a record', async () => {
    const page = '# 0. Diagrams\n\nSee [the overview](README.md) and ![the picture](diagram.png).\n';
    const { d } = await discover({ 'docs/adr/0000-diagrams.md': page, 'docs/adr/README.md': '# ADRs\n', 'docs/adr/diagram.png': '', 'docs/adr/0001-queue.md': RECORD });
    assert.deepEqual([...d.files], ['docs/adr/0000-diagrams.md', 'docs/adr/0001-queue.md']);
  });

  it('keeps a short record in the series that only says what superseded it', async () => {
    const stub = '# 2. Use Redis\n\nStatus: Superseded by [3. Use Memcached](0003-memcached.md)\n';
    const { d } = await discover({ 'docs/adr/0001-queue.md': RECORD, 'docs/adr/0002-redis.md': stub, 'docs/adr/0003-memcached.md': RECORD });
    assert.equal(d.files.length, 3);
  });

  it('reads only the files numbered 0, and says why a page is not listed', async () => {
    const messages: string[] = [];
    const logger: Logger = { ...silentLogger, info: (m: string) => void messages.push(m) };
    const { read } = await discover({ 'docs/adr/000-PENDING-backend.md': MOVED, 'docs/adr/001-backend.md': RECORD, 'docs/adr/002-cache.md': RECORD }, logger);
    assert.deepEqual(read, ['docs/adr/000-PENDING-backend.md']);
    assert.deepEqual(messages, ['docs/adr/000-PENDING-backend.md is not listed as a record: it is numbered 0 and mostly links to other records (an index or a pointer page).']);
  });

  it('looks again when a pointer page or a new file numbered 0 changes, not when a listed record does', async () => {
    const { d } = await discover({ 'docs/adr/000-PENDING-backend.md': MOVED, 'docs/adr/001-backend.md': RECORD, 'docs/adr/0000-use-adrs.md': RECORD });
    assert.equal(d.affectsDiscovery('docs/adr/000-PENDING-backend.md'), true);
    assert.equal(d.affectsDiscovery('docs/adr/00-new-index.md'), true);
    assert.equal(d.affectsDiscovery('docs/adr/0000-use-adrs.md'), false);
    assert.equal(d.affectsDiscovery('docs/adr/001-backend.md'), false);
  });

  it('a link from a record to a pointer page is not broken', async () => {
    const linking = '# 1. Backend decisions\n\nStatus: Accepted\n\n## Context\n\nCollected in [the pending page](000-PENDING-backend.md).\n';
    const index = await buildIndex(new MemoryFileSystem({ 'docs/adr/000-PENDING-backend.md': MOVED, 'docs/adr/001-backend.md': linking }));
    assert.deepEqual(index.documents('decision').map((r) => r.path), ['docs/adr/001-backend.md']);
    assert.deepEqual(index.lint().filter((f) => f.rule === 'adr/broken-link'), []);
  });
});
