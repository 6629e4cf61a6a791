'use strict';
/**
 * The rule ids in the `techlead.rules` setting (package.json) and under `rules:` in
 * schemas/techlead-config.schema.json, generated from the core's rule list (RULE_LIST in
 * src/core/ruleList.ts), so a misspelt id is flagged by the editor and by the config reader.
 *   node scripts/docs/ruleSchemas.js --write   updates both files
 * A unit test fails when either drifts from the rule list.
 */
const fs = require('node:fs');
const path = require('node:path');

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** `.techlead.yaml`'s `rules:` section: one property per id, nothing else accepted. */
function configRulesSection(rules) {
  return {
    description: 'Severity per rule id (error, warning, info, hint or off).',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(rules.map((r) => [r.id, {
      description: `${r.description} Default: ${r.defaultSeverity}.`,
      type: 'string',
      enum: SEVERITIES,
    }])),
  };
}

function configSchemaWithRules(schema, rules) {
  return { ...schema, properties: { ...schema.properties, rules: configRulesSection(rules) } };
}

/** package.json with the `techlead.rules` setting listing every id (other keys untouched). */
function packageWithRules(pkg, rules) {
  const contributes = { ...pkg.contributes };
  contributes.configuration = pkg.contributes.configuration.map((section) => {
    const setting = section.properties['techlead.rules'];
    if (!setting) return section;
    const rest = { ...setting };
    // Replaced by one property per rule id.
    delete rest.propertyNames;
    delete rest.additionalProperties;
    delete rest.properties;
    const rulesSetting = {
      ...rest,
      properties: Object.fromEntries(rules.map((r) => [r.id, {
        type: 'string',
        enum: SEVERITIES,
        markdownDescription: `${r.description} Default: \`${r.defaultSeverity}\`.`,
      }])),
      additionalProperties: false,
    };
    return { ...section, properties: { ...section.properties, 'techlead.rules': rulesSetting } };
  });
  return { ...pkg, contributes };
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

module.exports = { configSchemaWithRules, packageWithRules, json, loadRuleList };

/** The core's rule list, read by bundling src/core/ruleList.ts in memory (the core is TypeScript). */
async function loadRuleList(root) {
  const esbuild = require('esbuild');
  const out = await esbuild.build({ entryPoints: [path.join(root, 'src/core/ruleList.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require);
  return mod.exports;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  loadRuleList(root).then(({ RULE_LIST }) => {
    const targets = [
      ['schemas/techlead-config.schema.json', (v) => configSchemaWithRules(v, RULE_LIST)],
      ['package.json', (v) => packageWithRules(v, RULE_LIST)],
    ];
    for (const [file, update] of targets) {
      const full = path.join(root, file);
      const text = json(update(JSON.parse(fs.readFileSync(full, 'utf8'))));
      if (process.argv.includes('--write')) fs.writeFileSync(full, text);
      else process.stdout.write(`${file}: ${text === fs.readFileSync(full, 'utf8') ? 'up to date' : 'out of date (run with --write)'}\n`);
    }
  }).catch((err) => {
    process.stderr.write(`${err.stack || err}\n`);
    process.exitCode = 1;
  });
}
