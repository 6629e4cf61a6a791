import * as assert from 'node:assert/strict';
import { languageIdOfPath, mentionSpans } from '../../../src/core/text/commentSpans';
import { mentionsAt, scanRecordMentions } from '../../../src/core/adr/mentionScan';

/** The mentions of a text as `kind:text`, for compact expectations. */
function mentions(text: string, languageId: string, path = 'src/file'): string[] {
  return scanRecordMentions(text, languageId, path).map((m) => `${m.kind === 'number' ? m.number : m.path}:${text.slice(m.start, m.end)}`);
}

function comments(text: string, languageId: string): string[] {
  return mentionSpans(text, languageId).map((s) => text.slice(s.start, s.end));
}

describe('record mentions in documents', () => {
  describe('the language of a file by its name', () => {
    it('knows names and extensions whatever their case', () => {
      assert.equal(languageIdOfPath('services/api/Dockerfile'), 'dockerfile');
      assert.equal(languageIdOfPath('CMakeLists.txt'), 'cmake');
      assert.equal(languageIdOfPath('notes/todo.TXT'), 'plaintext');
      assert.equal(languageIdOfPath('src/Main.Java'), 'java');
    });

    it('knows no language for dot files, bare names and names of object members', () => {
      assert.equal(languageIdOfPath('.bashrc'), undefined);
      assert.equal(languageIdOfPath('src.d/README'), undefined);
      assert.equal(languageIdOfPath('lib/constructor'), undefined);
      assert.equal(languageIdOfPath('lib/file.constructor'), undefined);
      assert.equal(languageIdOfPath('lib/file.__proto__'), undefined);
    });
  });

  describe('comment detection per language', () => {
    it('finds // and /* */ comments in C-like code, skipping strings that hold the markers', () => {
      const ts = 'const url = "http://x/*y"; // tail\nconst t = `multi\n// not a comment\n`; /* block\n spans */ x;';
      assert.deepEqual(comments(ts, 'typescript'), ['// tail', '/* block\n spans */']);
    });

    it('knows # for Python and shell, -- and /* */ for SQL, <!-- --> for HTML', () => {
      assert.deepEqual(comments('x = "#no"  # yes\n', 'python'), ['# yes']);
      assert.deepEqual(comments("select '--no' -- yes\n/* and this */", 'sql'), ['-- yes', '/* and this */']);
      assert.deepEqual(comments("<p>don't</p><!-- ADR-1 -->", 'html'), ['<!-- ADR-1 -->']);
      assert.deepEqual(comments('a = 1 -- yes', 'lua'), ['-- yes']);
    });

    it('treats prose languages as all text, and unknown languages with every common marker', () => {
      assert.deepEqual(comments('ADR-1 here', 'markdown'), ['ADR-1 here']);
      assert.deepEqual(comments('key: 1 # note\nother // too', 'some-new-language'), ['# note', '// too']);
    });

    it('ends an unterminated string at the end of its line and an unterminated block at the end of the text', () => {
      assert.deepEqual(comments('s = "open\n// after', 'javascript'), ['// after']);
      assert.deepEqual(comments('x /* never closed ADR-3', 'c'), ['/* never closed ADR-3']);
    });
  });

  describe('scanning', () => {
    it('finds number mentions in comments only', () => {
      assert.deepEqual(mentions('// see ADR-0003\nconst s = "ADR-0004";\n/* ADR 5 */', 'typescript'), ['3:ADR-0003', '5:ADR 5']);
    });

    it('marks a mention in the text of an external link as inside a link', () => {
      const [mention] = scanRecordMentions('[ADR-1 on the wiki](https://wiki.invalid/x)', 'markdown', 'README.md');
      assert.deepEqual(mention, { kind: 'number', start: 1, end: 6, number: 1, inLink: true });
    });

    it('finds relative links resolved against the document folder, marks mentions inside links and skips those in URLs', () => {
      const text = 'See [ADR-2](../adr/0002-x.md) and [site](https://example.invalid/adr-1), or https://wiki.invalid/ADR-3.';
      const found = scanRecordMentions(text, 'markdown', 'docs/guide/notes.md');
      assert.deepEqual(found.map((m) => m.kind), ['path', 'number']);
      assert.equal(found[0]!.kind === 'path' && found[0]!.path, 'docs/adr/0002-x.md');
      assert.equal(found[1]!.kind === 'number' && found[1]!.inLink, true);
    });

    it('prefers the link around a mention when asked what is under the caret', () => {
      const text = '[ADR-2](0002-x.md)';
      const all = scanRecordMentions(text, 'markdown', 'docs/adr/README.md');
      assert.deepEqual(mentionsAt(all, 3).map((m) => m.kind), ['path', 'number']);
      assert.deepEqual(mentionsAt(all, text.length + 5), []);
    });

    it('never throws and keeps every mention inside the text, whatever the input', () => {
      const alphabet = ['a', ' ', '\n', '"', "'", '`', '/', '*', '#', '-', '<', '!', '>', '\\', 'ADR-7', '](', ')', '['];
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      for (let run = 0; run < 500; run++) {
        const text = Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
        for (const language of ['typescript', 'python', 'sql', 'html', 'markdown', 'unknown']) {
          for (const m of scanRecordMentions(text, language, 'a/b.txt')) {
            assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, JSON.stringify({ text, language, m }));
          }
        }
      }
    });
  });
});
