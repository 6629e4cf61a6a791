import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileNotFoundError, OutsideFolderError } from '../../../src/core/host';
import { NodeFolderFileSystem } from '../../../src/node/nodeFileSystem';
import { TempFolder } from './adrCliSupport';

const RECORD = '# 1. Use PostgreSQL\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a database.\n';

/** A repository inside a parent folder that also holds a secret outside it. */
describe('nothing outside the workspace folder is read or written', () => {
  let repo: TempFolder;
  let outside: string;
  beforeEach(() => {
    repo = new TempFolder();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), 'TOKEN=hunter2\n');
    fs.mkdirSync(path.join(outside, 'adr'));
    fs.writeFileSync(path.join(outside, 'adr', '0001-elsewhere.md'), RECORD);
  });
  afterEach(() => {
    repo.remove();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('the host refuses `..` paths and links that resolve outside, and follows links that stay inside', async () => {
    repo.write({ 'docs/adr/0001-use-postgresql.md': RECORD });
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(repo.root, 'leak.md'));
    fs.symlinkSync(path.join(outside, 'adr'), path.join(repo.root, 'docs', 'elsewhere'));
    fs.symlinkSync('0001-use-postgresql.md', path.join(repo.root, 'docs', 'adr', 'latest.md'));
    const host = new NodeFolderFileSystem(repo.root);
    const escape = path.relative(repo.root, path.join(outside, 'secret.md')).split(path.sep).join('/');
    for (const read of [() => host.readText('leak.md'), () => host.readTextWithin('leak.md', 1000), () => host.readText(escape), () => host.readText('docs/elsewhere/0001-elsewhere.md'), () => host.stat('leak.md')]) {
      await assert.rejects(read(), OutsideFolderError);
    }
    assert.deepEqual(await host.list('docs/elsewhere'), [], 'a linked folder outside lists nothing');
    assert.deepEqual((await host.list('docs')).map((e) => e.name), ['adr'], 'the link out is not listed');
    assert.deepEqual((await host.list('')).map((e) => e.name).sort(), ['docs']);
    assert.equal(await host.readText('docs/adr/latest.md'), RECORD, 'a link to a file inside is read');
    await assert.rejects(host.readText('docs/adr/none.md'), FileNotFoundError);
  });

  it('a template linked to a file outside is not copied into a new record', async () => {
    repo.write({ 'docs/adr/0001-use-postgresql.md': RECORD, '.techlead.yaml': 'adr:\n  template: leak\n' });
    fs.mkdirSync(path.join(repo.root, '.techlead', 'templates'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(repo.root, '.techlead', 'templates', 'leak.md'));
    const result = await repo.run('adr', 'new', 'Use Kafka');
    const written = fs.readdirSync(path.join(repo.root, 'docs', 'adr'));
    for (const name of written) assert.doesNotMatch(repo.read(`docs/adr/${name}`), /hunter2/, `${name} holds the secret`);
    assert.notEqual(result.code, 0, `refused: ${result.stdout}${result.stderr}`);
    assert.match(result.stderr, /names "leak", which is not a template/, 'a link out of the folder is not a template');
  });

  it('an ADR folder that links outside is neither read nor written', async () => {
    fs.mkdirSync(path.join(repo.root, 'docs'));
    fs.symlinkSync(path.join(outside, 'adr'), path.join(repo.root, 'docs', 'adr'));
    const list = await repo.run('adr', 'list', '--json');
    assert.doesNotMatch(list.stdout, /elsewhere/);
    await repo.run('adr', 'new', 'Use Kafka');
    assert.deepEqual(fs.readdirSync(path.join(outside, 'adr')), ['0001-elsewhere.md'], 'nothing written outside');
  });

  it('.adr-dir naming a folder through `..` is refused with a finding', async () => {
    repo.write({ '.adr-dir': `docs/../../${path.basename(outside)}/adr\n` });
    const lint = await repo.run('lint');
    assert.match(lint.stdout, /outside the workspace folder/);
    const list = await repo.run('adr', 'list', '--json');
    assert.doesNotMatch(list.stdout, /elsewhere/);
  });
});
