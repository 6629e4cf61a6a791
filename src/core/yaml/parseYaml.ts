import { Composer, isScalar, Parser, visit, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type CST } from 'yaml';

/**
 * How deep flow collections (`[[[`, `{{{`) may nest before the text is refused. The `yaml`
 * library recurses once per level; a few thousand levels abort the whole process (a V8
 * fatal error in its regex compiler, not an exception), so no catch could save the host.
 * Real files nest a handful of levels.
 */
export const MAX_FLOW_DEPTH = 500;

/**
 * How many stray tokens (a `]` with no `[`, text after the document's end) `yaml` is given
 * before the rest of the text is left unread. Each becomes an Error object, stack trace
 * and all: a 100 KB line of `]` made 100,000 and took seconds, a mutated 60 KB JSON file
 * 3,980 (fuzz seed 219979). Readers report the first error, or each of these.
 */
export const MAX_STRAY_TOKENS = 100;

/**
 * `yaml`'s parseDocument in linear time. A text nesting flow collections deeper than
 * MAX_FLOW_DEPTH is not given to it: the result is an empty document with one error at the
 * bracket that goes too deep, which every caller already reports as invalid YAML.
 *
 * Merge keys (`<<: *defaults`) are on for every reader: YAML 1.2 dropped them, so `yaml`
 * would read `<<` as a key of its own, but files written for YAML 1.1 tools (shared
 * defaults for risks, CI-style configuration) mean a merge. Only the merge key is taken
 * from YAML 1.1 (`merge: true`, not `version: '1.1'`): `yes`, `no` and `0777` keep their
 * YAML 1.2 meaning, the one the hand-written scanner gives them. `aliases.ts` expands
 * merges within the alias bound and reports a merge of no mapping.
 */
export function parseYamlDocument(text: string, parseOptions: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed {
  const options = { ...parseOptions, merge: true };
  const at = tooDeepFlowAt(text);
  if (at >= 0) {
    const refused = composeDocument('', options);
    refused.errors.push(new YAMLParseError([at, at + 1], 'UNEXPECTED_TOKEN', `Flow collections nest more than ${MAX_FLOW_DEPTH} levels deep here; the file is not read.`));
    return refused;
  }
  if (options.uniqueKeys === false) return composeDocument(text, options);
  // `yaml` checks each key against every earlier key of its map (by default too): quadratic,
  // minutes for a map of 80,000 keys. The same check, with the same error, is made here with
  // a set.
  const doc = composeDocument(text, { ...options, uniqueKeys: false });
  const before = doc.errors.length;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          // Bounded like the composer's errors: 30,000 empty keys (`: ` lines) are one mistake.
          if (doc.errors.length >= MAX_ERRORS) return visit.BREAK;
          const start = key.range?.[0] ?? 0;
          doc.errors.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        seen.add(key.value);
      }
      return undefined;
    },
  });
  if (doc.errors.length > before) doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  return doc;
}

/**
 * `yaml`'s parseDocument (its parser and composer, as it runs them) with the tokens the
 * parser could not place cut off after MAX_STRAY_TOKENS, where one more error says so.
 * Errors are located by offset only (`prettyErrors` is not applied; no caller uses it).
 */
function composeDocument(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): Document.Parsed {
  const composer = new Composer(options);
  const tooMany = boundErrors(composer);
  try {
    return composeTokens(composer, text, options);
  } catch (err) {
    if (!(err instanceof TooManyErrors)) throw err;
    // The text is not read past here: readers report the first error, with the rest unread.
    const refused = composeDocument('', options);
    refused.errors.push(...composer.streamInfo().errors, new YAMLParseError([err.offset, err.offset + 1], 'UNEXPECTED_TOKEN', `More than ${MAX_ERRORS} errors; the YAML from here on is not read.`));
    return refused;
  } finally {
    tooMany.release();
  }
}

function composeTokens(composer: Composer, text: string, options: ParseOptions): Document.Parsed {
  let cutAt = -1;
  function* tokens(): Generator<CST.Token> {
    let stray = 0;
    for (const token of new Parser(options.lineCounter?.addNewLine).parse(text)) {
      if (token.type === 'error' && ++stray > MAX_STRAY_TOKENS) {
        cutAt = token.offset;
        return;
      }
      yield token;
    }
  }
  const documents = composer.compose(tokens(), true, text.length);
  const doc = documents.next().value as Document.Parsed;
  const second = cutAt < 0 ? documents.next().value : undefined;
  if (second) doc.errors.push(new YAMLParseError([second.range[0], second.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
  if (cutAt >= 0) doc.errors.push(new YAMLParseError([cutAt, cutAt + 1], 'UNEXPECTED_TOKEN', `More than ${MAX_STRAY_TOKENS} misplaced tokens; the YAML from here on is not read.`));
  return doc;
}

/**
 * How many errors and warnings the composer reports before composing stops. Each is an
 * Error object, stack trace and all: 50,000 of them (a line of 100,000 `"`, a flow
 * sequence of 99,000 commas, 33,000 `&a` lines) took one to two seconds, most of it making
 * and collecting them. Readers report the first.
 */
export const MAX_ERRORS = 100;

class TooManyErrors extends Error {
  constructor(readonly offset: number) {
    super('too many YAML errors');
  }
}

/**
 * Counts what `composer` reports and throws {@link TooManyErrors} past MAX_ERRORS. `yaml`
 * has no option for it: the composer's error callback (a property it sets in its
 * constructor and passes to the code that composes each node) is wrapped, and put back by
 * `release`. Should a later `yaml` name it differently, nothing is wrapped, and the fuzz
 * test's time bound on these inputs fails.
 */
function boundErrors(composer: Composer): { release(): void } {
  const target = composer as unknown as { onError?: (source: unknown, code: string, message: string, warning?: boolean) => void };
  const report = target.onError;
  if (typeof report !== 'function') return { release() {} };
  let count = 0;
  target.onError = (source, code, message, warning) => {
    if (++count > MAX_ERRORS) throw new TooManyErrors(offsetOf(source));
    report(source, code, message, warning);
  };
  return {
    release() {
      target.onError = report;
    },
  };
}

/** Where an error the composer reports starts: it gives an offset, a range or a token. */
function offsetOf(source: unknown): number {
  if (typeof source === 'number') return source;
  if (Array.isArray(source) && typeof source[0] === 'number') return source[0];
  const offset = (source as { offset?: unknown } | null)?.offset;
  return typeof offset === 'number' ? offset : 0;
}

/**
 * Offset of the first `[` or `{` nested deeper than MAX_FLOW_DEPTH, or -1. Brackets are
 * counted everywhere, quoted or not: an over-count needs hundreds of unclosed brackets in
 * strings, and it only makes a pathological file refused, never a real one misread.
 */
function tooDeepFlowAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return -1;
}
