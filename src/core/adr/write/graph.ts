import type { WorkspaceView } from '../../rules/rule';
import { ADR_CATALOG, adrFolderOf } from '../catalog';
import { INVERSE_RELATION } from '../links';
import type { AdrRelation, AdrStatusValue, DecisionRecord } from '../model';
import { sortForIndex } from './indexPage';

/** Relations drawn as edges, each pair once, in its active direction (A supersedes B). */
export type GraphRelation = 'supersedes' | 'amends' | 'clarifies' | 'extends' | 'relates-to';

export interface DecisionGraphNode {
  /** The record's path: stable across refreshes, and what a webview opens on click. */
  readonly id: string;
  readonly folder: string;
  readonly number: number | undefined;
  readonly title: string;
  readonly status: AdrStatusValue | undefined;
  /** `7. Use PostgreSQL`, or the title alone for records without a number. */
  readonly label: string;
}

export interface DecisionGraphEdge {
  /** Node ids (record paths). */
  readonly from: string;
  readonly to: string;
  readonly relation: GraphRelation;
}

export interface DecisionGraphModel {
  readonly nodes: readonly DecisionGraphNode[];
  readonly edges: readonly DecisionGraphEdge[];
}

export interface DecisionGraphOptions {
  /** Only records in these folders (and edges between them). Default: every folder. */
  readonly folders?: readonly string[];
  /** Leave out records that have no relation to draw. Default: false. */
  readonly linkedOnly?: boolean;
}

/**
 * The records of a folder and the relations between them, for a webview to lay out.
 * A relation stated on both sides (supersedes / superseded by) is one edge; links that
 * resolve to no record are left out.
 */
export function decisionGraphModel(view: WorkspaceView, options: DecisionGraphOptions = {}): DecisionGraphModel {
  const catalog = view.catalog(ADR_CATALOG);
  const inScope = (r: DecisionRecord) => !options.folders || options.folders.includes(adrFolderOf(r));
  const records = sortForGraph(catalog.records.filter(inScope));
  const edges = new Map<string, DecisionGraphEdge>();
  for (const record of records) {
    for (const link of record.links) {
      const other = catalog.resolve(record, link.target);
      if (!other || other === record || !inScope(other)) continue;
      const edge = activeEdge(record, link.relation, other);
      const key = edge.relation === 'relates-to' ? [edge.relation, ...[edge.from, edge.to].sort()].join('\n') : [edge.relation, edge.from, edge.to].join('\n');
      if (!edges.has(key)) edges.set(key, edge);
    }
  }
  const linked = new Set([...edges.values()].flatMap((e) => [e.from, e.to]));
  const nodes = records.filter((r) => !options.linkedOnly || linked.has(r.path)).map(nodeOf);
  return { nodes, edges: [...edges.values()] };
}

/** "B is superseded by A" is drawn as "A supersedes B". */
function activeEdge(record: DecisionRecord, relation: AdrRelation, other: DecisionRecord): DecisionGraphEdge {
  const active = (['supersedes', 'amends', 'clarifies', 'extends', 'relates-to'] as const).find((r) => r === relation);
  if (active) return { from: record.path, to: other.path, relation: active };
  return { from: other.path, to: record.path, relation: INVERSE_RELATION[relation] as GraphRelation };
}

function nodeOf(r: DecisionRecord): DecisionGraphNode {
  const title = r.title?.value ?? r.fileName;
  return { id: r.path, folder: adrFolderOf(r), number: r.number?.value, title, status: r.status?.value, label: r.number ? `${r.number.value}. ${title}` : title };
}

function sortForGraph(records: readonly DecisionRecord[]): DecisionRecord[] {
  const byFolder = new Map<string, DecisionRecord[]>();
  for (const r of records) byFolder.set(adrFolderOf(r), [...(byFolder.get(adrFolderOf(r)) ?? []), r]);
  return [...byFolder.keys()].sort().flatMap((f) => sortForIndex(byFolder.get(f)!));
}

export interface MermaidOptions extends DecisionGraphOptions {
  /** Layout direction; `LR` (left to right) by default. */
  readonly direction?: 'LR' | 'RL' | 'TB' | 'BT';
}

/** How records of each status look: superseded and rejected ones recede. */
const STATUS_STYLES: Readonly<Partial<Record<AdrStatusValue, string>>> = {
  proposed: 'stroke-dasharray: 5 3',
  draft: 'stroke-dasharray: 2 2',
  superseded: 'opacity: 0.6',
  rejected: 'opacity: 0.6',
  deprecated: 'opacity: 0.75',
};

/**
 * The decision graph as Mermaid `flowchart` text, for a Markdown preview or a webview:
 * one node per record labelled with its number and title, one subgraph per folder,
 * supersession as a dashed arrow, the other relations as labelled arrows.
 */
export function renderDecisionGraph(view: WorkspaceView, options: MermaidOptions = {}): string {
  const model = decisionGraphModel(view, options);
  const ids = new Map(model.nodes.map((n, i) => [n.id, `adr${i + 1}`]));
  const lines = [`flowchart ${options.direction ?? 'LR'}`];
  const folders = [...new Set(model.nodes.map((n) => n.folder))];
  folders.forEach((folder, i) => {
    lines.push(`  subgraph folder${i + 1}["${mermaidText(folder || '(workspace root)')}"]`);
    for (const n of model.nodes.filter((x) => x.folder === folder)) lines.push(`    ${ids.get(n.id)}["${mermaidText(n.label)}"]`);
    lines.push('  end');
  });
  for (const e of model.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (!from || !to) continue;
    lines.push(e.relation === 'supersedes' ? `  ${from} -.->|supersedes| ${to}` : `  ${from} -->|${e.relation}| ${to}`);
  }
  for (const [status, style] of Object.entries(STATUS_STYLES)) {
    const members = model.nodes.filter((n) => n.status === status).map((n) => ids.get(n.id)!);
    if (members.length === 0) continue;
    lines.push(`  classDef ${status} ${style}`, `  class ${members.join(',')} ${status}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Text inside a quoted Mermaid label: Mermaid's entity codes for what would end or break it. */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"&<>`;|]/g, (c) => `#${c.charCodeAt(0)};`);
}
