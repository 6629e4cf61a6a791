import type { JsonSchema, JsonType } from './jsonSchema';

/**
 * A schema with everything the validator asks of it for every node worked out once:
 * `$ref`s followed, types as a list, patterns as regular expressions. Sub-schemas are
 * compiled when a node first needs them, as the validator used to resolve them on the
 * way, so a schema part no file reaches costs nothing (and a bad `$ref` there is never hit).
 */
export class CompiledSchema {
  /** The schema after following `$ref`s; the validator reads plain limits (`minimum`, `required`, ...) here. */
  readonly source: JsonSchema;
  readonly types: readonly JsonType[] | undefined;
  /** The node types `types` accepts: each named type, and whole numbers where numbers are. */
  private readonly accepted: ReadonlySet<string> | undefined;
  readonly pattern: RegExp | undefined;
  readonly enumWords: readonly string[] | undefined;
  private readonly ownProperties = new Map<string, CompiledSchema>();
  private readonly patternProperties: readonly (readonly [RegExp, JsonSchema])[];
  private compiledItems: CompiledSchema | undefined;
  private compiledAnyOf: readonly CompiledSchema[] | undefined;
  private compiledAdditional: CompiledSchema | undefined;

  constructor(private readonly compiler: SchemaCompiler, schema: JsonSchema) {
    const s = compiler.resolve(schema);
    this.source = s;
    this.types = s.type ? ((Array.isArray(s.type) ? s.type : [s.type]) as readonly JsonType[]) : undefined;
    this.accepted = this.types && new Set(this.types.includes('number') ? [...this.types, 'integer'] : this.types);
    this.pattern = s.pattern ? new RegExp(s.pattern) : undefined;
    this.enumWords = s.enum?.map(String);
    this.patternProperties = Object.entries(s.patternProperties ?? {}).map(([p, sub]) => [new RegExp(p), sub] as const);
  }

  get items(): CompiledSchema | undefined {
    if (!this.source.items) return undefined;
    return (this.compiledItems ??= this.compiler.compile(this.source.items));
  }

  get anyOf(): readonly CompiledSchema[] | undefined {
    const alternatives = this.source.anyOf;
    if (!alternatives) return undefined;
    return (this.compiledAnyOf ??= this.compiler.compileAll(alternatives));
  }

  /** `additionalProperties` when it is a schema (`false` and `true` stay in {@link source}). */
  get additional(): CompiledSchema | undefined {
    const a = this.source.additionalProperties;
    if (typeof a !== 'object') return undefined;
    return (this.compiledAdditional ??= this.compiler.compile(a));
  }

  /**
   * The schema of a mapping's key: `properties[key]`, else the first matching pattern.
   * Only the schema's own properties count: a key such as `constructor` or `toString`
   * must not find what every object inherits and pass as known.
   */
  property(key: string): CompiledSchema | undefined {
    const cached = this.ownProperties.get(key);
    if (cached) return cached;
    const props = this.source.properties;
    const own = props !== undefined && Object.prototype.hasOwnProperty.call(props, key);
    const sub = own ? props[key] : this.patternPropertyOf(key);
    if (!sub) return undefined;
    const compiled = this.compiler.compile(sub);
    // Only the schema's own keys are kept: the keys of files are not a bounded set.
    if (own) this.ownProperties.set(key, compiled);
    return compiled;
  }

  private patternPropertyOf(key: string): JsonSchema | undefined {
    for (const [pattern, sub] of this.patternProperties) if (pattern.test(key)) return sub;
    return undefined;
  }

  /** Whether a node of this type (`integer`, `string`, `object`, ... as the validator names them) may be here. */
  allows(actual: string): boolean {
    return this.accepted === undefined || this.accepted.has(actual);
  }
}

/** Compiles the parts of one root schema (whose `definitions` its `$ref`s name), each part once. */
class SchemaCompiler {
  private readonly compiled = new WeakMap<object, CompiledSchema>();

  constructor(private readonly root: JsonSchema) {}

  compile(schema: JsonSchema): CompiledSchema {
    let c = this.compiled.get(schema);
    if (!c) this.compiled.set(schema, (c = new CompiledSchema(this, schema)));
    return c;
  }

  compileAll(schemas: readonly JsonSchema[]): CompiledSchema[] {
    return schemas.map((s) => this.compile(s));
  }

  resolve(schema: JsonSchema): JsonSchema {
    let cur = schema;
    for (let guard = 0; cur.$ref && guard < 16; guard++) {
      const name = /^#\/definitions\/(.+)$/.exec(cur.$ref)?.[1];
      const target = name ? this.root.definitions?.[name] : undefined;
      if (!target) throw new Error(`unsupported $ref ${cur.$ref}`);
      cur = target;
    }
    return cur;
  }
}

const compilers = new WeakMap<JsonSchema, SchemaCompiler>();

/** The compiled root schema, made once per schema object. */
export function compiledSchema(root: JsonSchema): CompiledSchema {
  let compiler = compilers.get(root);
  if (!compiler) compilers.set(root, (compiler = new SchemaCompiler(root)));
  return compiler.compile(root);
}
