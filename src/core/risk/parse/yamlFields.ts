import type { LineIndex } from '../../text/lineIndex';
import type { RiskField, RiskFieldMap } from '../model';
import { YamlField } from './yamlField';

/**
 * The keys of a mapping, in order, and where each is: shared by every mapping written with
 * the same keys in the same order (a register has a few such orders for all its risks).
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
 * The shape of these items' keys, the same object each time while there is room; undefined
 * when a key comes twice. Found by following the keys one by one from the first: a Map
 * lookup per key, and no list of names made unless the shape is new.
 */
export function fieldShape<T>(items: readonly T[], nameOf: (item: T) => string): FieldShape | undefined {
  let step = FIRST_STEP;
  for (const item of items) {
    const name = nameOf(item);
    let next = step.next.get(name);
    if (!next) {
      if (steps >= MAX_STEPS) return unique(new FieldShape(items.map(nameOf)));
      next = new ShapeStep();
      step.next.set(name, next);
      steps++;
    }
    step = next;
  }
  step.shape ??= unique(new FieldShape(items.map(nameOf)));
  return step.shape;
}

function unique(shape: FieldShape): FieldShape | undefined {
  return shape.index.size === shape.names.length ? shape : undefined;
}

/**
 * Where every field of one register is: four offsets each (key start and end, value start
 * and end), appended as the register is read. One array for the register, rather than
 * one per risk; plain numbers rather than a typed array, whose memory outside the heap
 * costs each edit's re-read more than the megabyte it would save for 5,000 risks.
 */
export class FieldOffsets {
  private data = Array.of<number>();

  get length(): number {
    return this.data.length;
  }

  append(keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): void {
    this.data.push(keyStart, keyEnd, valueStart, valueEnd);
  }

  at(i: number): number {
    return this.data[i]!;
  }

  /** Called once the register is read: an exact copy drops the room the array grew into. */
  trim(): void {
    this.data = this.data.slice();
  }
}

/**
 * The `key: value` pairs of one YAML mapping (a risk, its residual assessment), as a
 * read-only map of {@link RiskField}s. A Map holding a field object per pair was most of
 * what a risk kept in memory (some 1.7 KB of its 3 KB); here a risk keeps its values, a
 * shared {@link FieldShape} and a place in its register's {@link FieldOffsets}, and makes
 * each field when it is asked for. Each call gives a new field object: compare fields by
 * name, value or offsets, not identity.
 */
export class YamlFields implements RiskFieldMap {
  readonly #lines: LineIndex;

  /**
   * @param plainValues each key's value, in the shape's order.
   * @param first where the first key's offsets are in `offsets`.
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

  get size(): number {
    return this.shape.names.length;
  }

  has(name: string): boolean {
    return this.shape.index.has(name);
  }

  get(name: string): RiskField | undefined {
    const i = this.shape.index.get(name);
    return i === undefined ? undefined : this.fieldAt(i);
  }

  value(name: string): unknown {
    const i = this.shape.index.get(name);
    return i === undefined ? undefined : this.plainValues[i];
  }

  forEach(callback: (value: RiskField, key: string, map: ReadonlyMap<string, RiskField>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.size; i++) callback.call(thisArg, this.fieldAt(i), this.shape.names[i]!, this);
  }

  keys(): MapIterator<string> {
    return this.shape.index.keys();
  }

  values(): MapIterator<RiskField> {
    return this.asMap().values();
  }

  entries(): MapIterator<[string, RiskField]> {
    return this.asMap().entries();
  }

  [Symbol.iterator](): MapIterator<[string, RiskField]> {
    return this.entries();
  }

  /** Going through every field is rare (tests, a dump): a Map made for it is simplest. */
  private asMap(): Map<string, RiskField> {
    return new Map(this.shape.names.map((name, i) => [name, this.fieldAt(i)]));
  }

  private fieldAt(i: number): RiskField {
    const o = this.first + 4 * i;
    const at = this.offsets;
    return new YamlField(this.shape.names[i]!, this.plainValues[i], at.at(o), at.at(o + 1), at.at(o + 2), at.at(o + 3), this.#lines);
  }
}
