// Generates a monorepo-sized repository for the benchmark, deterministically from a seed:
// decision records in the formats real projects use (Nygard/adr-tools, MADR 2, 3 and 4,
// log4brains, metadata tables), YAML risk registers, review guidelines, a source tree,
// and the folders an index must never walk (node_modules, .git, build output) filled
// with record-like decoys. The same seed and sizes always give byte-identical files.
//
// The text is made up from a word list; nothing is copied from any real repository.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: small, fast, and the same sequence on every machine for one seed. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const WORDS = (
  'service cache queue database schema event stream api gateway client server token session ledger payment invoice ' +
  'account report search index build deploy pipeline container cluster region latency throughput retry timeout budget ' +
  'contract boundary module package library framework adapter port domain aggregate projection migration rollout flag ' +
  'metric trace log alert dashboard owner team review release version backlog incident outage capacity storage backup ' +
  'encryption secret credential audit compliance privacy consent export import batch worker scheduler cron webhook ' +
  'partner vendor license cost performance reliability availability consistency isolation replica shard partition'
).split(' ');
const VERBS = ['use', 'adopt', 'replace', 'keep', 'split', 'merge', 'cache', 'store', 'move', 'retire', 'introduce', 'standardise on'];
const PEOPLE = ['Ana Silva', 'Ben Cho', 'Chidi Okeke', 'Dana Lee', 'Eitan Bar', 'Fatima Noor', 'Gus Müller', 'Hana Sato', 'Ivo Petrov', 'Jade Moreau', 'Kofi Mensah', 'Lena Berg'];
const STATUSES = ['accepted', 'accepted', 'accepted', 'accepted', 'proposed', 'deprecated', 'rejected'];

/** The ADR formats of the corpus, one per folder in turn. */
export const ADR_FORMATS = ['nygard', 'madr2', 'madr3', 'madr4', 'log4brains', 'table'];

export const FULL_SIZE = { adrFolders: 50, adrsPerFolder: 200, riskFiles: 50, risksPerFile: 100, guidelines: 200, services: 50, decoyPackages: 300 };

/**
 * Writes the repository into `root` (emptied first).
 * @returns a manifest: every file an index should read, by kind, and the decoys it must not.
 */
export function generateRepo(root, { seed = 1, size = FULL_SIZE } = {}) {
  const r = prng(seed);
  rmSync(root, { recursive: true, force: true });
  const manifest = { root, seed, size, adrs: [], adrFolders: [], risks: [], guidelines: [], decoys: [], sources: 0, bytes: 0 };
  const write = (path, text) => {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    manifest.bytes += Buffer.byteLength(text);
  };
  const sentence = (min = 8, max = 20) => {
    const n = r.int(min, max);
    const words = Array.from({ length: n }, () => r.pick(WORDS));
    return `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const paragraph = (min = 2, max = 5) => Array.from({ length: r.int(min, max) }, () => sentence()).join(' ');
  const date = (year0 = 2018) => `${r.int(year0, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

  write('.gitignore', 'node_modules/\ndist/\nbuild/\n');
  write('README.md', `# Bench monorepo (seed ${seed})\n\n${paragraph()}\n`);

  // ---- Decision records ----------------------------------------------------------
  for (let f = 0; f < size.adrFolders; f++) {
    const format = ADR_FORMATS[f % ADR_FORMATS.length];
    const owner = f % 2 === 0 ? `services/svc-${pad(f, 2)}` : `packages/pkg-${pad(f, 2)}`;
    const folder = format === 'nygard' ? `${owner}/doc/adr` : format === 'log4brains' ? `${owner}/docs/adr` : `${owner}/docs/decisions`;
    if (format === 'nygard') write(`${owner}/.adr-dir`, 'doc/adr\n');
    manifest.adrFolders.push({ folder, format });
    const records = [];
    for (let i = 1; i <= size.adrsPerFolder; i++) {
      const title = `${cap(r.pick(VERBS))} ${r.pick(WORDS)} ${r.pick(WORDS)} for ${r.pick(WORDS)} ${r.pick(WORDS)}`;
      const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const day = date();
      const fileName = format === 'log4brains' ? `${day.replace(/-/g, '')}-${slug}-${i}.md` : `${pad(i, 4)}-${slug}.md`;
      records.push({ i, title, slug, day, fileName, status: r.pick(STATUSES), links: [] });
    }
    // Every twentieth record is superseded by a later one, stated on both sides; every
    // fiftieth relation is left one-sided so the cross-file rules have something to say.
    for (const rec of records) {
      if (rec.i % 20 !== 0 || rec.i + 3 > records.length) continue;
      const successor = records[rec.i + 2];
      rec.status = 'superseded';
      rec.links.push({ relation: 'Superseded by', to: successor });
      if (rec.i % 100 !== 0) successor.links.push({ relation: 'Supersedes', to: rec });
    }
    // A few broken links and references to other files.
    if (records.length > 7) records[7].links.push({ relation: 'Amends', to: { i: 9999, title: 'A missing record', fileName: '9999-a-missing-record.md' } });
    for (const rec of records) {
      const text = renderAdr(format, rec, { r, sentence, paragraph, date });
      const path = `${folder}/${rec.fileName}`;
      write(path, text);
      manifest.adrs.push(path);
    }
    write(`${folder}/README.md`, `# Decisions\n\n${paragraph()}\n`);
  }

  // ---- Risk registers ------------------------------------------------------------
  let riskNo = 0;
  for (let f = 0; f < size.riskFiles; f++) {
    const lines = [`# Risk register for area ${f}.`, `# ${sentence()}`, '', `title: Area ${pad(f, 2)} risks`];
    if (f % 5 === 0) lines.push('scales:', '  likelihood: [rare, unlikely, possible, likely, almost-certain]', '  impact: [negligible, minor, moderate, major, severe]', '  bands: { critical: 15, high: 10, medium: 5 }');
    lines.push('review-interval: 90d', '', 'risks:');
    for (let i = 0; i < size.risksPerFile; i++) {
      riskNo++;
      const likelihood = r.int(1, 5);
      const impact = r.int(1, 5);
      const status = r.pick(['open', 'open', 'mitigating', 'accepted', 'closed']);
      lines.push(`  - id: RISK-${pad(riskNo, 4)}`);
      lines.push(`    title: ${cap(r.pick(WORDS))} ${r.pick(WORDS)} ${r.pick(['fails', 'slows down', 'leaks', 'drifts', 'is lost'])} under ${r.pick(WORDS)} load`);
      if (r.chance(0.6)) lines.push('    description: >-', `      ${sentence(12, 24)}`, `      ${sentence(8, 16)}`);
      lines.push(`    category: ${r.pick(['availability', 'security', 'integrity', 'delivery', 'cost'])}`);
      lines.push(`    likelihood: ${f % 5 === 0 && r.chance(0.5) ? ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'][likelihood - 1] : likelihood}`);
      lines.push(`    impact: ${impact}`);
      lines.push(`    score: ${r.chance(0.97) ? likelihood * impact : likelihood * impact + 1}`);
      lines.push(`    owner: ${r.pick(PEOPLE)}${r.chance(0.5) ? ` <${'x'}${r.int(1, 99)}@example.com>` : ''}`);
      lines.push(`    status: ${status}`);
      if (r.chance(0.9)) lines.push(`    due: ${date(2024)}`);
      lines.push(`    reviewed: ${date(2024)}`);
      if (r.chance(0.2)) lines.push(`    # ${sentence(4, 10)}`);
      lines.push(`    mitigation: ${sentence()}`);
      if (status === 'closed') lines.push(`    closed: ${date(2024)}`, `    resolution: ${sentence(5, 10)}`);
      if (r.chance(0.5)) lines.push(`    residual: { likelihood: ${Math.max(1, likelihood - 1)}, impact: ${impact} }`);
      if (r.chance(0.6)) lines.push(`    related: [ADR-${pad(r.int(1, size.adrsPerFolder + 5), 4)}, RISK-${pad(r.int(1, size.riskFiles * size.risksPerFile), 4)}]`);
      lines.push('');
    }
    const path = `docs/risks/area-${pad(f, 2)}.yaml`;
    write(path, `${lines.join('\n')}\n`);
    manifest.risks.push(path);
  }

  // ---- Review guidelines ---------------------------------------------------------
  const areas = ['security', 'data', 'api', 'testing', 'ops'];
  for (let g = 0; g < size.guidelines; g++) {
    const area = areas[g % areas.length];
    const id = `${area.slice(0, 3).toUpperCase()}-${pad(g + 1, 3)}`;
    const svc = `services/svc-${pad((g * 2) % Math.max(2, size.services), 2)}`;
    const patterns = [
      r.pick([`${svc}/**`, `${svc}/src/**/*.ts`, `packages/pkg-${pad((g * 2 + 1) % Math.max(2, size.services), 2)}/**`, '**/*.sql', '**/migrations/**', 'src/api/**', '**/*.test.ts', 'Dockerfile', '**/config/*.{yaml,yml}', 'docs/']),
      ...(r.chance(0.5) ? [r.pick(['**/*.proto', '**/handlers/**/*.ts', `${svc}/src/db/**`, '**/*.graphql', 'infra/**/*.tf'])] : []),
      ...(r.chance(0.3) ? [r.pick(['!**/generated/**', '!**/*.snap', '!**/fixtures/**'])] : []),
    ];
    const match = r.chance(0.3) ? [r.pick(['\\bconsole\\.log\\(', 'TODO|FIXME', '\\beval\\(', 'SELECT \\*', 'password\\s*='])] : [];
    const items = Array.from({ length: r.int(3, 8) }, () => `- [ ] ${sentence(5, 12)}`);
    const fm = [
      '---',
      `id: ${id}`,
      `title: ${cap(r.pick(WORDS))} ${r.pick(WORDS)} ${r.pick(['is reviewed', 'stays safe', 'is tested', 'is documented'])}`,
      `applies-to: [${patterns.map((p) => JSON.stringify(p)).join(', ')}]`,
      `severity: ${r.pick(['blocker', 'warning', 'warning', 'info'])}`,
      `tags: [${area}]`,
      ...(match.length ? [`match: [${match.map((m) => JSON.stringify(m)).join(', ')}]`] : []),
      '---',
    ];
    const path = `.techlead/guidelines/${area}/${id.toLowerCase()}-${r.pick(WORDS)}.md`;
    write(path, `${fm.join('\n')}\n${paragraph(1, 3)}\n\n${items.join('\n')}\n`);
    manifest.guidelines.push(path);
  }

  // ---- Source tree (walked by discovery, never read) -----------------------------
  for (let s = 0; s < size.services; s++) {
    const base = s % 2 === 0 ? `services/svc-${pad(s, 2)}` : `packages/pkg-${pad(s, 2)}`;
    for (const sub of ['src/api/handlers', 'src/db/migrations', 'src/domain', 'test', 'config']) {
      for (let k = 0; k < 4; k++) {
        write(`${base}/${sub}/file-${k}.${sub === 'config' ? 'yaml' : sub.endsWith('migrations') ? 'sql' : 'ts'}`, `// ${sentence()}\n`);
        manifest.sources++;
      }
    }
    write(`${base}/package.json`, `{ "name": "${base.replace('/', '-')}", "version": "1.0.0" }\n`);
  }

  // ---- Decoys: what no index may walk or read ------------------------------------
  for (let p = 0; p < size.decoyPackages; p++) {
    const pkg = `node_modules/dep-${pad(p, 3)}`;
    write(`${pkg}/package.json`, `{ "name": "dep-${p}" }\n`);
    write(`${pkg}/docs/adr/0001-${r.pick(WORDS)}.md`, `# 1. Decoy\n\n## Status\n\nAccepted\n`);
    write(`${pkg}/docs/adr/0002-${r.pick(WORDS)}.md`, `# 2. Decoy\n\n## Status\n\nAccepted\n`);
    manifest.decoys.push(`${pkg}/docs/adr`);
  }
  for (const decoy of ['.git/objects/docs/adr', 'dist/docs/adr', 'build/docs/decisions', 'services/svc-00/dist/docs/adr', 'services/svc-00/node_modules/x/docs/decisions']) {
    write(`${decoy}/0001-decoy.md`, '# 1. Decoy\n\n## Status\n\nAccepted\n');
    write(`${decoy}/0002-decoy.md`, '# 2. Decoy\n\n## Status\n\nAccepted\n');
    manifest.decoys.push(decoy);
  }
  write('.git/HEAD', 'ref: refs/heads/main\n');
  return manifest;
}

/** A size scaled down by a factor (folders and files fewer, each as large as before). */
export function scaledSize(factor) {
  const s = { ...FULL_SIZE };
  for (const k of ['adrFolders', 'riskFiles', 'guidelines', 'services', 'decoyPackages']) s[k] = Math.max(1, Math.round(FULL_SIZE[k] * factor));
  return s;
}

function renderAdr(format, rec, { r, sentence, paragraph }) {
  const status = rec.status;
  const deciders = [r.pick(PEOPLE), r.pick(PEOPLE)].join(', ');
  const linkText = (l) => (format === 'log4brains' ? `[${l.to.fileName.replace(/\.md$/, '')}](${l.to.fileName})` : `[ADR-${pad(l.to.i, 4)}](${l.to.fileName})`);
  const context = paragraph(2, 6);
  const decision = paragraph(1, 4);
  const consequences = `${paragraph(1, 3)}\n\n${paragraph(1, 3)}`;
  const options = Array.from({ length: r.int(2, 4) }, () => `${cap(r.pick(WORDS))} ${r.pick(WORDS)}`);
  const prosCons = options.map((o) => `### ${o}\n\n* Good, because ${sentence(4, 9)}\n* Bad, because ${sentence(4, 9)}`).join('\n\n');
  const code = r.chance(0.2) ? `\n\n\`\`\`yaml\n# Status: not metadata, inside code\n${r.pick(WORDS)}: ${r.int(1, 100)}\n\`\`\`` : '';
  switch (format) {
    case 'nygard': {
      const statusLines = [status === 'superseded' ? '' : cap(status), ...rec.links.map((l) => `${l.relation} ${linkText(l)}`)].filter(Boolean);
      return `# ${rec.i}. ${rec.title}\n\nDate: ${rec.day}\n\n## Status\n\n${statusLines.join('\n\n')}\n\n## Context\n\n${context}${code}\n\n## Decision\n\n${decision}\n\n## Consequences\n\n${consequences}\n`;
    }
    case 'madr2': {
      const links = rec.links.length ? `\n\n## Links\n\n${rec.links.map((l) => `* ${l.relation} ${linkText(l)}`).join('\n')}` : '';
      return `# ${rec.title}\n\n* Status: ${status}\n* Deciders: ${deciders}\n* Date: ${rec.day}\n\n## Context and Problem Statement\n\n${context}${code}\n\n## Considered Options\n\n${options.map((o) => `* ${o}`).join('\n')}\n\n## Decision Outcome\n\nChosen option: "${options[0]}", because ${sentence()}\n\n### Positive Consequences\n\n* ${sentence()}\n\n## Pros and Cons of the Options\n\n${prosCons}${links}\n`;
    }
    case 'madr3':
    case 'madr4': {
      const who = format === 'madr3' ? `deciders: ${deciders}` : `decision-makers: ${deciders}\nconsulted: ${r.pick(PEOPLE)}\ninformed: ${r.pick(PEOPLE)}`;
      const links = rec.links.length ? `\n\n## More Information\n\n${rec.links.map((l) => `* ${l.relation} ${linkText(l)}`).join('\n')}` : '';
      const confirmation = format === 'madr4' ? `\n\n### Confirmation\n\n${sentence()}` : '';
      return `---\nstatus: ${status}\ndate: ${rec.day}\n${who}\n---\n# ${rec.title}\n\n## Context and Problem Statement\n\n${context}${code}\n\n## Decision Drivers\n\n* ${sentence(4, 8)}\n* ${sentence(4, 8)}\n\n## Considered Options\n\n${options.map((o) => `* ${o}`).join('\n')}\n\n## Decision Outcome\n\nChosen option: "${options[0]}", because ${sentence()}\n\n### Consequences\n\n* Good, because ${sentence(4, 9)}\n* Bad, because ${sentence(4, 9)}${confirmation}\n\n## Pros and Cons of the Options\n\n${prosCons}${links}\n`;
    }
    case 'log4brains': {
      const links = rec.links.map((l) => `- ${l.relation} ${linkText(l)}`).join('\n');
      return `# ${rec.title}\n\n- Status: ${status}\n- Deciders: ${deciders}\n- Date: ${rec.day}\n- Tags: ${r.pick(WORDS)}, ${r.pick(WORDS)}\n${links ? `${links}\n` : ''}\n## Context and Problem Statement\n\n${context}${code}\n\n## Decision Drivers <!-- optional -->\n\n- ${sentence(4, 8)}\n\n## Considered Options\n\n${options.map((o) => `- ${o}`).join('\n')}\n\n## Decision Outcome\n\nChosen option: "${options[0]}", because ${sentence()}\n\n## Pros and Cons of the Options <!-- optional -->\n\n${prosCons}\n`;
    }
    case 'table': {
      const rows = [`| Status | ${cap(status)} |`, `| Date | ${rec.day} |`, `| Deciders | ${deciders} |`, ...rec.links.map((l) => `| ${l.relation} | ${linkText(l)} |`)];
      return `# ${rec.i}. ${rec.title}\n\n| Field | Value |\n| --- | --- |\n${rows.join('\n')}\n\n## Context\n\n${context}${code}\n\n## Decision\n\n${decision}\n\n## Consequences\n\n${consequences}\n`;
    }
    default:
      throw new Error(`unknown format ${format}`);
  }
}

function pad(n, width) {
  return String(n).padStart(width, '0');
}

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

// `node scripts/bench/generate.mjs DIR [seed]`: writes one full-size repository, for a look.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, seed] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/bench/generate.mjs DIR [seed]');
    process.exit(2);
  }
  const m = generateRepo(dir, { seed: Number(seed ?? 1) });
  console.log(`${dir}: ${m.adrs.length} ADRs in ${m.adrFolders.length} folders, ${m.risks.length} registers, ${m.guidelines.length} guidelines, ${(m.bytes / 1e6).toFixed(1)} MB`);
}
