import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Risk } from '../../../src/core/risk/model';
import { repoRoot } from '../adr/adrTestSupport';
import { parse } from './helpers';

/**
 * The real registers in shared/corpus/labelled/risk, read in place and compared with the
 * hand labels in its labels.json: every labelled risk found, with its fields as written
 * (labelled/README.md: "fields raw as written"; null when the register has no such field).
 */
const CORPUS = path.resolve(repoRoot(), '../shared/corpus/labelled/risk');
const AVAILABLE = fs.existsSync(path.join(CORPUS, 'labels.json'));
if (!AVAILABLE && process.env.TECHLEAD_REQUIRE_CORPUS) {
  throw new Error(`The labelled risk corpus is required (TECHLEAD_REQUIRE_CORPUS) but ${CORPUS}/labels.json does not exist.`);
}

interface LabelledRisk {
  readonly id: string | null;
  readonly title: string | null;
  readonly likelihood: string | null;
  readonly impact: string | null;
  readonly owner: string | null;
  readonly status: string | null;
  readonly due: string | null;
  readonly severity?: string;
  readonly priority?: string;
  readonly mitigation?: string;
}

interface LabelledFile {
  readonly format: string;
  readonly count: number;
  readonly risks: readonly LabelledRisk[];
}

/** A field as the register writes it: the text of a cell, line or YAML scalar. */
function raw(risk: Risk, name: string): string | null {
  const value = risk.fields.value(name);
  return value === undefined || value === null ? null : String(value);
}

function read(risk: Risk): Record<string, string | null> {
  return {
    id: risk.id ?? null,
    title: risk.title ?? null,
    likelihood: raw(risk, 'likelihood'),
    impact: raw(risk, 'impact'),
    owner: risk.owner?.text ?? null,
    status: risk.statusText ?? null,
    due: raw(risk, 'due'),
  };
}

(AVAILABLE ? describe : describe.skip)(`Risk registers of the labelled corpus${AVAILABLE ? '' : ' (skipped: no ../shared/corpus beside the repository)'}`, () => {
  const labels: Record<string, LabelledFile> = AVAILABLE ? JSON.parse(fs.readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) : {};

  for (const [file, label] of Object.entries(labels)) {
    describe(file, () => {
      const register = parse(fs.readFileSync(path.join(CORPUS, file), 'utf8'), file);

      it(`finds the ${label.count} labelled risks with their fields as written`, () => {
        assert.deepEqual(register.risks.map(read), label.risks.map((r) => ({ id: r.id, title: r.title, likelihood: r.likelihood, impact: r.impact, owner: r.owner, status: r.status, due: r.due })));
        assert.equal(register.risks.length, label.count);
      });

      it('reads the extra fields the labels give', () => {
        register.risks.forEach((risk, i) => {
          const l = label.risks[i]!;
          if (l.severity !== undefined) assert.equal(raw(risk, 'severity'), l.severity);
          if (l.priority !== undefined) assert.equal(raw(risk, 'priority'), l.priority);
          if (l.mitigation !== undefined) assert.equal(risk.mitigation, l.mitigation);
        });
      });

      it('scores every rated risk and shows the register read-only, with no schema findings', () => {
        for (const [i, l] of label.risks.entries()) {
          const risk = register.risks[i]!;
          const rated = l.likelihood !== null || l.severity !== undefined || l.priority !== undefined;
          if (rated) assert.ok(risk.score !== undefined && risk.band !== undefined, `${risk.title}: score ${risk.score}, band ${risk.band}`);
        }
        assert.deepEqual(register.schemaIssues.map((issue) => issue.message), []);
        assert.equal(register.ownFormat, false);
        assert.equal(register.readOnly, true);
        assert.ok(register.readOnlyReason);
      });
    });
  }
});
