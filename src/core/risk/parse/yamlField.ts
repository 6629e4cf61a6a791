import type { LineIndex } from '../../text/lineIndex';
import { TextSpan } from '../../text/span';
import type { RiskField, SourceSpan } from '../model';

/**
 * A `key: value` of a YAML register. It keeps the offsets of its key and value and makes
 * their spans when they are asked for: a risk has a dozen fields, few of which a finding
 * points at, and two span objects for each were most of what a risk kept in memory.
 * Each read of a span gives a new object; compare spans by their offsets or ranges.
 */
export class YamlField implements RiskField {
  readonly #lines: LineIndex;

  constructor(
    readonly name: string,
    readonly value: unknown,
    readonly keyStart: number,
    readonly keyEnd: number,
    readonly valueStart: number,
    readonly valueEnd: number,
    lines: LineIndex,
  ) {
    this.#lines = lines;
  }

  get keySpan(): SourceSpan {
    return new TextSpan(this.keyStart, this.keyEnd, this.#lines);
  }

  get valueSpan(): SourceSpan {
    return new TextSpan(this.valueStart, this.valueEnd, this.#lines);
  }
}
