import { plainData } from '../yaml/aliases';
import { LineCounter } from 'yaml';
import { parseYamlDocument } from '../yaml/parseYaml';
import configSchema from '../../../schemas/techlead-config.schema.json';
import type { Finding, SeveritySetting } from '../model/findings';
import { findDisabledRules, type IndexedDocument } from '../model/documents';
import type { JsonSchema } from '../schema/jsonSchema';
import type { AdrStatusValue } from '../adr/model';
import { validateYamlDocument } from '../schema/validateYaml';
import { LineIndex } from '../text/lineIndex';

export const CONFIG_FILE = '.techlead.yaml';
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** `.techlead.yaml` as written (every key optional). Mirrors `schemas/techlead-config.schema.json`. */
export interface RepoConfig {
  readonly adr?: {
    readonly directories?: readonly string[];
    readonly defaultStatus?: string;
    readonly template?: string;
    readonly staleProposalDays?: number;
    /** The repository's own status words: `Angenommen: accepted`. */
    readonly statuses?: Readonly<Record<string, AdrStatusValue>>;
  };
  readonly risks?: { readonly files?: readonly string[] };
  readonly guidelines?: { readonly directories?: readonly string[]; readonly sources?: readonly string[] };
  readonly review?: { readonly base?: string };
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  readonly maxFileSize?: number;
}

export interface ConfigDocument extends IndexedDocument {
  readonly kind: 'config';
  /** The parts of the file that are valid; invalid values are dropped and reported. */
  readonly config: RepoConfig;
}

/** Editor settings (or CLI options) that add to a folder's `.techlead.yaml`. */
export interface HostSettings {
  readonly adrDirectories?: readonly string[];
  readonly adrDefaultStatus?: string;
  readonly adrTemplate?: string;
  readonly staleProposalDays?: number;
  readonly riskFiles?: readonly string[];
  readonly guidelineDirectories?: readonly string[];
  /** The guideline sources to read (see GUIDELINE_SOURCES); empty or absent: `.techlead.yaml`'s, else all. */
  readonly guidelineSources?: readonly string[];
  readonly reviewBase?: string;
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  readonly maxFileSize?: number;
}

/** What the core actually uses for one folder: repo config and host settings merged. */
export interface EffectiveConfig {
  readonly adrDirectories: readonly string[];
  readonly adrDefaultStatus: string;
  readonly adrTemplate: string | undefined;
  readonly staleProposalDays: number;
  /** `adr.statuses`, keyed by the lower-cased word, for the parser. */
  readonly adrStatuses: ReadonlyMap<string, AdrStatusValue>;
  readonly riskFiles: readonly string[];
  readonly guidelineDirectories: readonly string[];
  /** The guideline sources chosen, undefined when nobody chose (all are read). */
  readonly guidelineSources: readonly string[] | undefined;
  readonly reviewBase: string | undefined;
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly maxFileSize: number;
}

export const CONFIG_SCHEMA = configSchema as JsonSchema;

export function parseConfigDocument(path: string, text: string): ConfigDocument {
  const lines = new LineIndex(text);
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Finding[] = [];
  for (const e of doc.errors) {
    const [s, en] = e.pos;
    problems.push({ rule: 'config/yaml-syntax', severity: 'error', message: `${CONFIG_FILE} is not valid YAML: ${firstLine(e.message)}`, file: path, range: lines.problemRange(s, en) });
  }
  let config: RepoConfig = {};
  // Aliases first: one that cannot be expanded makes the rest meaningless, so it is the one finding.
  const plain = doc.errors.length === 0 ? plainData(doc) : undefined;
  if (plain && 'problem' in plain) {
    const { start, end, message } = plain.problem;
    problems.push({ rule: 'config/yaml-syntax', severity: 'error', message: `${CONFIG_FILE} is not used: ${message}`, file: path, range: lines.problemRange(start, end) });
  } else if (plain) {
    const schemaProblems = validateYamlDocument(doc, CONFIG_SCHEMA);
    for (const p of schemaProblems) {
      problems.push({ rule: 'config/schema', severity: 'error', message: p.message, file: path, range: lines.rangeOf(p.start, p.end) });
    }
    config = sanitize(plain.value, new Set(schemaProblems.map((p) => topKeyPath(p.path))));
  }
  return { kind: 'config', path, text, problems, disabledRules: findDisabledRules(text), config };
}

/** Keeps the valid parts: a section with a problem is dropped as a whole (and was reported). */
function sanitize(value: unknown, invalidPaths: ReadonlySet<string>): RepoConfig {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!(k in (CONFIG_SCHEMA.properties ?? {}))) continue;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const section: Record<string, unknown> = {};
      for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) {
        if (!invalidPaths.has(`${k}.${k2}`)) section[k2] = v2;
      }
      out[k] = section;
    } else if (!invalidPaths.has(k)) {
      out[k] = v;
    }
  }
  return out as RepoConfig;
}

function topKeyPath(path: string): string {
  return path.split(/[.[]/).slice(0, 2).join('.');
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/**
 * Merges a folder's `.techlead.yaml` with the host's settings. Lists add up (a team's
 * folders plus a user's own), scalars from settings win (a user's choice for their
 * editor), rule severities from settings override the repo's per rule.
 */
export function resolveConfig(repo: RepoConfig | undefined, host: HostSettings = {}): EffectiveConfig {
  const union = (...lists: (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []).map(normalizeRelative).filter(Boolean))];
  return {
    adrDirectories: union(repo?.adr?.directories, host.adrDirectories),
    adrDefaultStatus: host.adrDefaultStatus ?? repo?.adr?.defaultStatus ?? 'proposed',
    adrTemplate: host.adrTemplate ?? repo?.adr?.template,
    staleProposalDays: host.staleProposalDays ?? repo?.adr?.staleProposalDays ?? 30,
    adrStatuses: new Map(Object.entries(repo?.adr?.statuses ?? {}).map(([word, meaning]) => [word.trim().toLowerCase(), meaning])),
    riskFiles: union(repo?.risks?.files, host.riskFiles),
    guidelineDirectories: union(repo?.guidelines?.directories, host.guidelineDirectories),
    // A choice, not a list to add to: the user's setting replaces the repository's.
    guidelineSources: host.guidelineSources?.length ? host.guidelineSources : repo?.guidelines?.sources,
    reviewBase: host.reviewBase ?? repo?.review?.base,
    severities: { ...(repo?.rules ?? {}), ...(host.rules ?? {}) },
    maxFileSize: host.maxFileSize ?? repo?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
}

/** `./docs/adr/` → `docs/adr`; backslashes become slashes. */
export function normalizeRelative(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '').replace(/\/{2,}/g, '/');
}
