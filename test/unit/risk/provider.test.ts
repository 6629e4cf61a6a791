import * as assert from 'node:assert/strict';
import { fixedClock, silentLogger, type DirectoryEntry } from '../../../src/core/host';
import { FolderIndex } from '../../../src/core/index/folderIndex';
import type { RiskDiscovery } from '../../../src/core/risk/discovery';
import type { RiskRegister } from '../../../src/core/risk/model';
import { riskProvider } from '../../../src/core/risk/provider';
import { MemoryFileSystem } from '../support/memoryFileSystem';
import { TODAY } from './helpers';

const RISK = 'risks:\n  - id: RISK-001\n    title: A\n    likelihood: 2\n    impact: 2\n    owner: Dana\n    due: 2027-01-01\n';

/** A memory folder that records which folders were listed. */
class CountingFileSystem extends MemoryFileSystem {
  readonly listed: string[] = [];
  override async list(path: string): Promise<readonly DirectoryEntry[]> {
    this.listed.push(path);
    return super.list(path);
  }
}

async function indexOf(files: Record<string, string>, settings = {}): Promise<{ index: FolderIndex; fs: CountingFileSystem }> {
  const fs = new CountingFileSystem(files);
  const index = new FolderIndex({ fs, providers: [riskProvider], clock: fixedClock(TODAY), logger: silentLogger, settings });
  await index.build();
  return { index, fs };
}

describe('risk provider through the folder index', () => {
  it('finds registers in the default places and by their names anywhere, YAML and Markdown, and nothing else', async () => {
    const { index } = await indexOf({
      'docs/risks/payments.yaml': RISK,
      'docs/risks/people.yml': RISK.replace('RISK-001', 'RISK-002'),
      'docs/risks/delivery.md': '| ID | Risk | Impact |\n|---|---|---|\n| D-1 | x | 2 |\n',
      'docs/risks/README.md': '# About our risks\n',
      'risk-register.yaml': 'risks: []\n',
      'risks.yaml': 'risks: []\n',
      'RISK_REGISTER.md': '| ID | Risk | Owner |\n|---|---|---|\n| M-1 | y | Kim |\n',
      'docs/RISK_REGISTER.md': '| ID | Risk | Owner |\n|---|---|---|\n| M-2 | z | Kim |\n',
      'docs/other/risks.yaml': RISK,
      'src/risks.yaml': RISK,
      'src/other.yaml': RISK,
    });
    assert.deepEqual(index.documents('risk').map((d) => d.path), [
      'RISK_REGISTER.md', 'docs/RISK_REGISTER.md', 'docs/other/risks.yaml', 'docs/risks/delivery.md', 'docs/risks/payments.yaml', 'docs/risks/people.yml', 'risk-register.yaml', 'risks.yaml', 'src/risks.yaml',
    ]);
    const md = index.get('docs/risks/delivery.md') as RiskRegister;
    assert.equal(md.readOnly, true);
    assert.equal(md.risks[0]!.id, 'D-1');
  });

  it('adds configured globs from .techlead.yaml and settings, listing each folder once and never dependencies', async () => {
    const { index, fs } = await indexOf({
      '.techlead.yaml': 'risks:\n  files: ["services/**/risks.yaml", "registers"]\n',
      'services/billing/risks.yaml': RISK,
      'services/api/v2/risks.yaml': RISK.replace('RISK-001', 'RISK-002'),
      'services/node_modules/pkg/risks.yaml': RISK,
      'registers/2026.yaml': RISK.replace('RISK-001', 'RISK-003'),
      'other/deep/tree/file.txt': 'x',
      'settings/team.yaml': RISK.replace('RISK-001', 'RISK-004'),
    }, { riskFiles: ['settings/*.yaml'] });
    assert.deepEqual(index.documents('risk').map((d) => d.path), ['registers/2026.yaml', 'services/api/v2/risks.yaml', 'services/billing/risks.yaml', 'settings/team.yaml']);
    assert.equal(new Set(fs.listed).size, fs.listed.length, `listed ${fs.listed.join(', ')}`);
    assert.ok(!fs.listed.some((p) => p.includes('node_modules')));
    const discovery = index.discovery<RiskDiscovery>('risk')!;
    assert.ok(discovery.claims('services/new/risks.yaml'));
    assert.ok(discovery.claims('registers/2027.md'));
    assert.ok(!discovery.claims('services/new/other.yaml'));
  });

  it('updates one register at a time: created, changed, deleted', async () => {
    const { index } = await indexOf({ 'risks.yaml': RISK });
    const fs = index.fs as MemoryFileSystem;
    fs.write('docs/risks/new.yaml', RISK.replace('RISK-001', 'RISK-009'));
    await index.update('docs/risks/new.yaml');
    assert.equal((index.get('docs/risks/new.yaml') as RiskRegister).risks[0]!.id, 'RISK-009');
    await index.update('risks.yaml', 'risks: [');
    const broken = index.get('risks.yaml') as RiskRegister;
    assert.equal(broken.parsed, false);
    assert.deepEqual(index.lint(['risks.yaml']).map((f) => f.rule), ['risk/yaml-syntax']);
    fs.remove('docs/risks/new.yaml');
    await index.update('docs/risks/new.yaml');
    assert.equal(index.get('docs/risks/new.yaml'), undefined);
  });

  it('keeps a register it could not read, with the reason', async () => {
    const big = `risks: []\n# ${'x'.repeat(200)}\n`;
    const { index } = await indexOf({ 'risks.yaml': big, '.techlead.yaml': 'maxFileSize: 100\n' });
    const doc = index.get('risks.yaml') as RiskRegister;
    assert.equal(doc.parsed, false);
    assert.equal(doc.risks.length, 0);
    assert.equal(index.lint().find((f) => f.file === 'risks.yaml')?.rule, 'index/file-too-large');
  });

  it('re-checks cross-file rules when another register changes', async () => {
    const { index } = await indexOf({ 'risks.yaml': RISK, 'docs/risks/b.yaml': RISK.replace('RISK-001', 'RISK-002') });
    assert.equal(index.lint().filter((f) => f.rule === 'risk/duplicate-id').length, 0);
    await index.update('docs/risks/b.yaml', RISK);
    assert.equal(index.lint().filter((f) => f.rule === 'risk/duplicate-id').length, 2);
  });
});
