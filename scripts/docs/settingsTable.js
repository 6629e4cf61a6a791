'use strict';
/**
 * The README's settings table, generated from package.json (the one source of truth).
 *   node scripts/docs/settingsTable.js --write   updates README.md between the markers
 * A unit test fails when README.md and package.json drift apart.
 */
const fs = require('node:fs');
const path = require('node:path');

const START = '<!-- settings:start (generated from package.json by scripts/docs/settingsTable.js) -->';
const END = '<!-- settings:end -->';
const COMMANDS_START = '<!-- commands:start (generated from package.json by scripts/docs/settingsTable.js) -->';
const COMMANDS_END = '<!-- commands:end -->';

/** The command palette's commands, grouped by category (context-menu-only commands included). */
function commandsList(pkg) {
  const byCategory = new Map();
  for (const c of pkg.contributes.commands) {
    if (!byCategory.has(c.category)) byCategory.set(c.category, []);
    byCategory.get(c.category).push(c.title);
  }
  return [...byCategory].map(([category, titles]) => `- **${category}:** ${titles.join(' · ')}`).join('\n');
}

function settingsTable(pkg) {
  const rows = ['| setting | default | what it does |', '| --- | --- | --- |'];
  for (const section of pkg.contributes.configuration) {
    for (const [key, prop] of Object.entries(section.properties)) {
      const text = (prop.markdownDescription || prop.description || '').replace(/\|/g, '\\|').replace(/\n+/g, ' ').replace(/`?#(techlead\.[\w.]+)#`?/g, "`$1`");
      // A setting with a list of values names them, so the table says what the settings UI offers.
      const values = prop.enum ? ` Values: ${prop.enum.map((v) => `\`${JSON.stringify(v)}\``).join(', ')}.` : '';
      rows.push(`| \`${key}\` | \`${JSON.stringify(prop.default)}\` | ${text}${values} |`);
    }
  }
  return rows.join('\n');
}

function replaceBetween(text, start, end, content) {
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md lacks the markers ${start} … ${end}`);
  return `${text.slice(0, i + start.length)}\n${content}\n${text.slice(j)}`;
}

function readmeWithTable(readme, pkg) {
  return replaceBetween(replaceBetween(readme, START, END, settingsTable(pkg)), COMMANDS_START, COMMANDS_END, commandsList(pkg));
}

module.exports = { settingsTable, readmeWithTable, replaceBetween };

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const file = path.join(root, 'README.md');
  const updated = readmeWithTable(fs.readFileSync(file, 'utf8'), pkg);
  if (process.argv.includes('--write')) fs.writeFileSync(file, updated);
  else process.stdout.write(settingsTable(pkg) + '\n');
}
