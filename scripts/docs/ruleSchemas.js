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
function packageWithRules(pkg, rules, docUrl) {
  const contributes = { ...pkg.contributes };
  contributes.configuration = pkg.contributes.configuration.map((section) => {
    const setting = section.properties['techlead.rules'];
    if (!setting) return section;
    // Generated anew: one property per id, nothing else (a pattern or open map used to stand here).
    const rest = Object.fromEntries(Object.entries(setting).filter(([k]) => !['propertyNames', 'additionalProperties', 'properties'].includes(k)));
    const rulesSetting = {
      ...rest,
      properties: Object.fromEntries(rules.map((r) => [r.id, {
        type: 'string',
        enum: SEVERITIES,
        markdownDescription: `${r.description} Default: \`${r.defaultSeverity}\`. [${r.id}](${docUrl(r.id)})`,
      }])),
      additionalProperties: false,
    };
    return { ...section, properties: { ...section.properties, 'techlead.rules': rulesSetting } };
  });
  return { ...pkg, contributes };
}

/**
 * Replaces the value of the one `"key": value` in a JSON text, leaving the rest of the
 * file as written (other people format and edit it): the new value is printed with
 * two-space indentation from the key's own.
 */
function spliceValue(text, key, value) {
  const needle = `${JSON.stringify(key)}: `;
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`expected one ${needle} in the file`);
  const start = at + needle.length;
  const end = endOfValue(text, start);
  const indent = /[ \t]*$/.exec(text.slice(0, at))[0];
  return `${text.slice(0, start)}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)}${text.slice(end)}`;
}

/** Where the object or array starting at `start` ends (just after its closing bracket), strings skipped. */
function endOfValue(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') {
      depth++;
    } else if (c === '}' || c === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  throw new Error('unterminated JSON value');
}

/** The schema's text with its `rules` section generated. */
function configSchemaText(text, rules) {
  return spliceValue(text, 'rules', configSchemaWithRules(JSON.parse(text), rules).properties.rules);
}

/** package.json's text with the `techlead.rules` setting generated. */
function packageText(text, rules, docUrl) {
  const setting = packageWithRules(JSON.parse(text), rules, docUrl).contributes.configuration.find((s) => s.properties['techlead.rules']).properties['techlead.rules'];
  return spliceValue(text, 'techlead.rules', setting);
}

module.exports = { configSchemaText, packageText };

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
  loadRuleList(root).then(({ RULE_LIST, ruleDocUrl }) => {
    const targets = [
      ['schemas/techlead-config.schema.json', (t) => configSchemaText(t, RULE_LIST)],
      ['package.json', (t) => packageText(t, RULE_LIST, ruleDocUrl)],
    ];
    for (const [file, update] of targets) {
      const full = path.join(root, file);
      const text = update(fs.readFileSync(full, 'utf8'));
      if (process.argv.includes('--write')) fs.writeFileSync(full, text);
      else process.stdout.write(`${file}: ${text === fs.readFileSync(full, 'utf8') ? 'up to date' : 'out of date (run with --write)'}\n`);
    }
  }).catch((err) => {
    process.stderr.write(`${err.stack || err}\n`);
    process.exitCode = 1;
  });
}
