import type { LineIndex } from '../../text/lineIndex';
import { TextSpan } from '../../text/span';
import type { RiskField, SourceSpan } from '../model';

/**
 * A `key: value` of a YAML register, made by YamlFields when asked for. It makes
 * the spans of its key and value when they are asked for in turn: a risk has a dozen
 * fields, few of which a finding or an edit points at. Each read of a span gives a new
 * object; compare spans by their offsets or ranges.
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
