import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  capabilities: { untrustedWorkspaces: { supported: unknown; description?: string; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, unknown> }[] | { properties: Record<string, unknown> } };
};
const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

/** Settings a workspace could use to point the toolkit at other files, or to make it read more. */
const PATH_SETTINGS = ['techlead.adr.directories', 'techlead.adr.template', 'techlead.risks.files', 'techlead.guidelines.directories', 'techlead.maxFileSize'];

describe('Restricted Mode (untrusted workspaces)', () => {
  const trust = manifest.capabilities.untrustedWorkspaces;
  const configuration = manifest.contributes.configuration;
  const settings = new Set((Array.isArray(configuration) ? configuration : [configuration]).flatMap((c) => Object.keys(c.properties)));

  it('declares limited support and says what is off', () => {
    assert.equal(trust.supported, 'limited');
    assert.match(trust.description ?? '', /Review checklists and review hints stay off/);
  });

  it('restricts only settings the extension contributes, including every one that points to files', () => {
    const restricted = trust.restrictedConfigurations ?? [];
    assert.deepEqual(restricted.filter((s) => !settings.has(s)), [], 'no unknown setting');
    assert.deepEqual(PATH_SETTINGS.filter((s) => !restricted.includes(s)), [], 'every path setting');
  });

  it('tells users in the README what Restricted Mode turns off, setting by setting', () => {
    const security = readme.slice(readme.indexOf('## Security'), readme.indexOf('\n## ', readme.indexOf('## Security') + 1));
    assert.match(security, /\*\*Workspace trust\.\*\* In a workspace you have not trusted \(Restricted Mode\)/);
    assert.match(security, /Review checklists and review hints/);
    for (const s of trust.restrictedConfigurations ?? []) assert.ok(security.includes(`\`${s}\``), `${s} named in the Security section`);
  });
});

describe('Review Checklist in Restricted Mode', () => {
  it('says why it is empty and how to turn it on, before it ever asks Git', async () => {
    const { reviewViewMessage, UNTRUSTED_MESSAGE } = await import('../../../src/extension/views/review/reviewMessage');
    // The model has not started (it waits for trust): without trust the message says why.
    const notStarted = { status: 'starting', loading: false, scopes: () => [] } as unknown as Parameters<typeof reviewViewMessage>[0];
    assert.equal(reviewViewMessage(notStarted, true, false), 'Review checklists are off in Restricted Mode: they read the change from Git and match this repository\'s own patterns. Trust the workspace to turn them on.');
    assert.equal(UNTRUSTED_MESSAGE, reviewViewMessage(notStarted, true, false));
    assert.equal(reviewViewMessage(notStarted, true, true), undefined, 'trusted and starting: no message yet');
    assert.equal(reviewViewMessage(notStarted, false, false), undefined, 'no folder: the welcome content speaks');
  });
});
