import type { LineIndex } from '../text/lineIndex';
import { TextSpan } from '../text/span';
import type { AdrField, AdrLink, AdrLinkTarget, AdrRelation, AdrSection, FieldOrigin, Located, MarkdownReference } from './model';

/**
 * The parser's located values as small classes over `TextSpan`: the `range` of each is
 * computed on demand from the record's line index (see `TextSpan`), and the shapes stay
 * those of the interfaces in `model.ts`.
 */

export class FieldSpan<T> extends TextSpan implements AdrField<T> {
  constructor(readonly value: T, readonly raw: string, readonly origin: FieldOrigin, start: number, end: number, lines: LineIndex) {
    super(start, end, lines);
  }
}

export class LinkSpan extends TextSpan implements AdrLink {
  constructor(readonly relation: AdrRelation, readonly phrase: string, readonly target: AdrLinkTarget, readonly origin: FieldOrigin, start: number, end: number, lines: LineIndex) {
    super(start, end, lines);
  }
}

export class LinkTargetSpan extends TextSpan implements AdrLinkTarget {
  declare readonly href?: string;
  declare readonly path?: string;
  declare readonly number?: number;
  declare readonly slug?: string;

  /** Only the optional properties given are set, as the object literals this replaces did. */
  constructor(readonly text: string, extra: { href?: string; path?: string | undefined; number?: number | undefined; slug?: string }, start: number, end: number, lines: LineIndex) {
    super(start, end, lines);
    const self = this as { -readonly [K in 'href' | 'path' | 'number' | 'slug']?: LinkTargetSpan[K] };
    if (extra.href !== undefined) self.href = extra.href;
    if (extra.path !== undefined) self.path = extra.path;
    if (extra.number !== undefined) self.number = extra.number;
    if (extra.slug !== undefined) self.slug = extra.slug;
  }
}

export class ReferenceSpan extends TextSpan implements MarkdownReference {
  constructor(readonly href: string, readonly path: string, start: number, end: number, lines: LineIndex) {
    super(start, end, lines);
  }
}

/** A front-matter value as text, with where it is. */
export class ValueSpan extends TextSpan {
  constructor(readonly text: string, start: number, end: number, lines: LineIndex) {
    super(start, end, lines);
  }
}

/**
 * A `## Section`: its heading line and body as offsets, the spans made when asked for.
 * A record has half a dozen sections and the index keeps ten thousand records: two
 * numbers each instead of two span objects.
 */
export class SectionSpans implements AdrSection {
  readonly #lines: LineIndex;

  constructor(
    readonly name: string,
    readonly key: string,
    readonly level: number,
    private readonly headingStart: number,
    private readonly headingEnd: number,
    private readonly bodyStart: number,
    private readonly bodyEnd: number,
    lines: LineIndex,
  ) {
    this.#lines = lines;
  }

  get heading(): Located {
    return new TextSpan(this.headingStart, this.headingEnd, this.#lines);
  }

  get body(): Located {
    return new TextSpan(this.bodyStart, this.bodyEnd, this.#lines);
  }
}
