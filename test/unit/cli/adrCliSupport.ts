import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';

import { CORPUS_DIR as CORPUS, TODAY } from '../adr/adrTestSupport';

export { CORPUS, TODAY };

/** A temporary folder for one test, removed by {@link TempFolder.remove}. */
export class TempFolder {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'techlead-adr-'));

  /** Writes files given as `{ 'docs/adr/0001-x.md': text }`. */
  write(files: Record<string, string>): this {
    for (const [p, text] of Object.entries(files)) {
      const file = path.join(this.root, p);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    return this;
  }

  /** Copies a corpus folder (its files, not subfolders) to `to` inside this folder. */
  copyCorpus(name: string, to: string): this {
    const from = path.join(CORPUS, name);
    fs.mkdirSync(path.join(this.root, to), { recursive: true });
    for (const f of fs.readdirSync(from)) {
      if (fs.statSync(path.join(from, f)).isFile()) fs.copyFileSync(path.join(from, f), path.join(this.root, to, f));
    }
    return this;
  }

  read(p: string): string {
    return fs.readFileSync(path.join(this.root, p), 'utf8');
  }

  exists(p: string): boolean {
    return fs.existsSync(path.join(this.root, p));
  }

  list(p: string): string[] {
    return fs.readdirSync(path.join(this.root, p)).sort();
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }

  /** Runs `techlead <argv>` with this folder as the current folder and today pinned. */
  async run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: this.root,
      env: { TECHLEAD_TODAY: TODAY },
    });
    return { code, stdout, stderr };
  }
}

export function corpusText(name: string, file: string): string {
  return fs.readFileSync(path.join(CORPUS, name, file), 'utf8');
}
