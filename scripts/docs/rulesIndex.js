'use strict';
/**
 * The README's rules index, generated from the core's rule list (RULE_LIST in
 * src/core/ruleList.ts), each id linking to its page under docs/rules/.
 *   node scripts/docs/rulesIndex.js --write   updates README.md between the markers
 * A unit test fails when README.md and the rule list drift apart.
 */
const fs = require('node:fs');
const path = require('node:path');
const { replaceBetween } = require('./settingsTable');
const { loadRuleList } = require('./ruleSchemas');

const START = '<!-- rules:start (generated from src/core/ruleList.ts by scripts/docs/rulesIndex.js) -->';
const END = '<!-- rules:end -->';

/** One table row per rule; `docPath` is the core's ruleDocPath, so the links and Problems agree. */
function rulesIndex(rules, docPath) {
  const rows = ['| rule | default | what it reports |', '| --- | --- | --- |'];
  for (const r of rules) rows.push(`| [\`${r.id}\`](${docPath(r.id)}) | ${r.defaultSeverity} | ${r.description.replace(/\|/g, '\\|')} |`);
  return rows.join('\n');
}

function readmeWithRules(readme, rules, docPath) {
  return replaceBetween(readme, START, END, rulesIndex(rules, docPath));
}

module.exports = { rulesIndex, readmeWithRules };

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  loadRuleList(root).then(({ RULE_LIST, ruleDocPath }) => {
    const file = path.join(root, 'README.md');
    const readme = fs.readFileSync(file, 'utf8');
    const updated = readmeWithRules(readme, RULE_LIST, ruleDocPath);
    if (process.argv.includes('--write')) fs.writeFileSync(file, updated);
    else process.stdout.write(`README.md: ${updated === readme ? 'up to date' : 'out of date (run with --write)'}\n`);
  }).catch((err) => {
    process.stderr.write(`${err.stack || err}\n`);
    process.exitCode = 1;
  });
}
