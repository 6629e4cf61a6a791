import type { Range } from '../model/text';
import type { LineIndex } from './lineIndex';

/**
 * Where a piece of text is: UTF-16 offsets into a parsed text, the stored truth. The
 * line/character `range` is computed from the text's line index when it is read (a
 * getter on the prototype), so a span costs two numbers and a shared reference instead
 * of a range and two positions built for every value whether anyone asks or not.
 *
 * Each read of `range` returns a new object; compare ranges by value, not identity.
 * Spreading a span (`{ ...span }`) copies `start` and `end` only: build a span (or a
 * subclass) instead.
 */
export class TextSpan {
  readonly #lines: LineIndex;

  constructor(readonly start: number, readonly end: number, lines: LineIndex) {
    this.#lines = lines;
  }

  get range(): Range {
    return this.#lines.rangeOf(this.start, this.end);
  }
}
