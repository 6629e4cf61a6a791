import type { FolderIndex } from '../../../core/index/folderIndex';
import type { PlanResult } from '../../../core/risk/edit/planResult';
import type { Risk, RiskRegister } from '../../../core/risk/model';
import { writeChanges } from '../../applyChanges';
import { buildIndex, clockFor, type CliIo } from '../../context';
import type { NodeFolderFileSystem } from '../../../node/nodeFileSystem';
import { UsageError } from '../../usageError';

export interface OpenedRegisters {
  readonly index: FolderIndex;
  readonly fs: NodeFolderFileSystem;
  readonly registers: readonly RiskRegister[];
  readonly today: string;
}

export async function openRegisters(values: { root?: string; today?: string; verbose?: boolean }, io: CliIo): Promise<OpenedRegisters> {
  const today = clockFor(values.today, io).today();
  const { index, fs } = await buildIndex({ root: values.root, today: values.today, verbose: values.verbose ?? false }, io);
  return { index, fs, registers: index.documents('risk'), today };
}

/** The register and risk with this id (case-insensitive), or a usage error that lists what exists. */
export function findRisk(opened: OpenedRegisters, id: string): { register: RiskRegister; risk: Risk } {
  const wanted = id.trim().toLowerCase();
  const hits = opened.registers.flatMap((register) => register.risks.filter((r) => r.id?.toLowerCase() === wanted).map((risk) => ({ register, risk })));
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) throw new UsageError(`${id} is in more than one place (${hits.map((h) => h.register.path).join(', ')}); give the risks distinct ids first.`);
  const known = opened.registers.flatMap((r) => r.risks.map((x) => x.id)).filter(Boolean);
  throw new UsageError(`no risk with the id "${id}"${known.length ? ` (ids here: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''})` : '; no risk register was found'}.`);
}

/** Writes a plan (or fails with its message) and says which file changed. */
export async function applyPlan(opened: OpenedRegisters, plan: PlanResult, io: CliIo): Promise<void> {
  if (!plan.ok) throw new UsageError(plan.error);
  const written = await writeChanges(opened.fs, plan.changes);
  io.stderr(`updated ${written.join(', ')}\n`);
}

export function expectOne(positionals: readonly string[], what: string, help: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected ${what}\n\n${help}`);
  return positionals[0]!;
}
