import { planAddRisk } from '../../../core/risk/edit/addRisk';
import { COMMON_OPTIONS, parseCommandArgs } from '../../args';
import type { Subcommand } from '../../subcommands';
import { ExitCode, UsageError } from '../../usageError';
import { applyPlan, openRegisters } from './riskContext';

const help = `Usage: techlead risk add "Title" --likelihood L --impact I --owner NAME --due YYYY-MM-DD
                         [--file REGISTER] [--id ID] [--category C] [--description TEXT]
                         [--mitigation TEXT] [--related REF]... [--root DIR]

Appends a risk to a YAML register in the register's own style (indentation, quoting,
key order, level words or numbers) with the next free id, and prints that id.

  --likelihood, --impact  1-5, or a word of the register's scales (rare … almost-certain,
                          negligible … severe)
  --owner                 a specific person: "Dana Lee <dana@example.com>"
  --due                   when the response must be in place
  --file                  the register to add to, when there are several
  --                      ends the options (for a title that starts with a dash)`;

export const addCommand: Subcommand = {
  name: 'add',
  summary: 'add a risk to a register; prints its id',
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...COMMON_OPTIONS,
      likelihood: { type: 'string' },
      impact: { type: 'string' },
      owner: { type: 'string' },
      due: { type: 'string' },
      file: { type: 'string' },
      id: { type: 'string' },
      category: { type: 'string' },
      description: { type: 'string' },
      mitigation: { type: 'string' },
      related: { type: 'string', multiple: true },
    }, help);
    if (positionals.length !== 1 || !positionals[0]!.trim()) throw new UsageError(`expected one title\n\n${help}`);
    for (const required of ['likelihood', 'impact'] as const) {
      if (!values[required]) throw new UsageError(`--${required} is required\n\n${help}`);
    }
    const opened = await openRegisters(values, io);
    const writable = opened.registers.filter((r) => !r.readOnly);
    const register = values.file ? writable.find((r) => r.path === values.file!.replace(/^\.\//, '')) : writable.length === 1 ? writable[0] : undefined;
    if (!register) {
      const names = writable.map((r) => r.path).join(', ');
      throw new UsageError(values.file ? `${values.file} is not a YAML risk register here${names ? ` (registers: ${names})` : ''}` : writable.length ? `several registers (${names}); choose one with --file` : 'no YAML risk register here; create docs/risks/risks.yaml first');
    }
    const level = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
    const plan = planAddRisk(register, {
      title: positionals[0]!.trim(),
      likelihood: level(values.likelihood!),
      impact: level(values.impact!),
      ...(values.owner ? { owner: values.owner } : {}),
      ...(values.due ? { due: values.due } : {}),
      ...(values.id ? { id: values.id } : {}),
      ...(values.category ? { category: values.category } : {}),
      ...(values.description ? { description: values.description } : {}),
      ...(values.mitigation ? { mitigation: values.mitigation } : {}),
      ...(values.related?.length ? { related: values.related } : {}),
      reviewed: opened.today,
    }, opened.index);
    await applyPlan(opened, plan, io);
    if (plan.ok) io.stdout(`${plan.id}\n`);
    return ExitCode.ok;
  },
};
