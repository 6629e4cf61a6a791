import * as assert from 'node:assert/strict';
import { FALLBACK_SLUG, MAX_SLUG_LENGTH, slugify } from '../../../src/core/adr/write/slug';

describe('adr-write: slugify', () => {
  it('lower-cases and joins words with dashes', () => {
    assert.equal(slugify('Use PostgreSQL for Idempotency Keys'), 'use-postgresql-for-idempotency-keys');
  });

  it('removes diacritics and transliterates letters Unicode does not decompose', () => {
    assert.equal(slugify('Café à Zürich'), 'cafe-a-zurich');
    assert.equal(slugify('Straße, Æsir, Øresund, Łódź'), 'strasse-aesir-oresund-lodz');
  });

  it('drops other non-ASCII text and keeps apostrophes from splitting words', () => {
    assert.equal(slugify("Don't use 日本語 services"), 'dont-use-services');
    assert.equal(slugify('Use C++ & Rust'), 'use-c-plus-plus-and-rust');
  });

  it('never yields a path separator, a dot segment or a leading dot', () => {
    for (const title of ['../../etc/passwd', '..', '.hidden', 'a/b\\c', '  ./x  ']) {
      const slug = slugify(title);
      assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${title} -> ${slug}`);
    }
    assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
  });

  it('falls back to a word when nothing is left', () => {
    assert.equal(slugify(''), FALLBACK_SLUG);
    assert.equal(slugify('日本語'), FALLBACK_SLUG);
    assert.equal(slugify('!!! ---'), FALLBACK_SLUG);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Adopt an event sourced architecture for the order management system in all regions worldwide');
    assert.ok(slug.length <= MAX_SLUG_LENGTH);
    assert.ok(!slug.endsWith('-'));
    assert.equal(slug, 'adopt-an-event-sourced-architecture-for-the-order-management');
    assert.equal(slugify('x'.repeat(100)).length, MAX_SLUG_LENGTH);
  });

  it('gives a safe, bounded, non-empty segment for any text', () => {
    // A small deterministic generator: the same inputs on every run.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = ['a', 'Z', '9', ' ', '-', '.', '/', '\\', ':', 'é', 'ß', '日', '😀', '\u0000', '\n', '..', "'", 'Ø'];
    for (let i = 0; i < 500; i++) {
      const title = Array.from({ length: next() % 80 }, () => alphabet[next() % alphabet.length]).join('');
      const slug = slugify(title);
      assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, JSON.stringify(title));
      assert.ok(slug.length <= MAX_SLUG_LENGTH);
    }
  });
});
