import type { LineIndex } from '../../text/lineIndex';
import type { RiskField, RiskFieldMap } from '../model';
import { YamlField } from './yamlField';

/**
 * The keys of a mapping, in order, and where each is: shared by every mapping written with
 * the same keys in the same order (a register has a few such orders for all its risks).
 * The readers refuse a key written twice; were one to get here, a lookup would find the
 * last, as `Map.set` keeps it.
 */
export class FieldShape {
  readonly index: ReadonlyMap<string, number>;

  constructor(readonly names: readonly string[]) {
    this.index = new Map(names.map((name, i) => [name, i]));
  }
}

/** One step of the shapes known so far: the keys written so far lead here. */
class ShapeStep {
  readonly next = new Map<string, ShapeStep>();
  shape: FieldShape | undefined;
}

const FIRST_STEP = new ShapeStep();
/** People write the keys, so past this many steps new orders of keys are not kept. */
const MAX_STEPS = 5_000;
let steps = 0;

/**
 * The shape of these items' keys, the same object each time while there is room. Found by
 * following the keys one by one from the first: a Map lookup per key, and no list of
 * names made unless the shape is new.
 */
export function fieldShape<T>(items: readonly T[], nameOf: (item: T) => string): FieldShape {
  let step = FIRST_STEP;
  for (const item of items) {
    const name = nameOf(item);
    let next = step.next.get(name);
    if (!next) {
      if (steps >= MAX_STEPS) return new FieldShape(items.map(nameOf));
      step.next.set(name, (next = new ShapeStep()));
      steps++;
    }
    step = next;
  }
  return (step.shape ??= new FieldShape(items.map(nameOf)));
}

/**
 * Where the fields of one register are: four offsets each (key start and end, value start
 * and end). One array for the register rather than one per risk, and plain numbers: a
 * typed array's memory outside the heap costs each edit's re-read more than the megabyte
 * it would save for 5,000 risks.
 */
export class FieldOffsets {
  data = Array.of<number>();
}

/**
 * The `key: value` pairs of one YAML mapping (a risk, its residual assessment), looked up
 * by name as {@link RiskField}s. A Map holding a field object per pair was most of what a
 * risk kept in memory (some 1.7 KB of its 3 KB); here a risk keeps its values, a shared
 * {@link FieldShape} and a place in its register's {@link FieldOffsets}, and makes each
 * field when it is asked for. Each call gives a new field object: compare fields by name,
 * value or offsets.
 */
export class YamlFields implements RiskFieldMap {
  readonly #lines: LineIndex;

  /**
   * @param plainValues each key's value, in the shape's order.
   * @param first where the first key's offsets are in `offsets`; the others follow in order.
   */
  constructor(
    private readonly shape: FieldShape,
    private readonly plainValues: readonly unknown[],
    private readonly offsets: FieldOffsets,
    private readonly first: number,
    lines: LineIndex,
  ) {
    this.#lines = lines;
  }

  get names(): readonly string[] {
    return this.shape.names;
  }

  get(name: string): RiskField | undefined {
    const i = this.shape.index.get(name);
    return i === undefined ? undefined : this.fieldAt(i);
  }

  value(name: string): unknown {
    const i = this.shape.index.get(name);
    return i === undefined ? undefined : this.plainValues[i];
  }

  private fieldAt(i: number): RiskField {
    const o = this.offsets.data;
    const at = this.first + 4 * i;
    return new YamlField(this.shape.names[i]!, this.plainValues[i], o[at]!, o[at + 1]!, o[at + 2]!, o[at + 3]!, this.#lines);
  }
}
