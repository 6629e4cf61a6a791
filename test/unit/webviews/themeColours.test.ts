import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const MEDIA = join(ROOT, 'media');
/** A file's text; CSS comments blanked (their lines kept, so line numbers hold). */
const source = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
/** The webviews' style sheets and scripts, and the HTML shell every webview is built from. */
const styleSheets = readdirSync(MEDIA).filter((f) => f.endsWith('.css')).map((f) => join(MEDIA, f));
const scripts = readdirSync(MEDIA).filter((f) => f.endsWith('.js')).map((f) => join(MEDIA, f));
const shell = join(ROOT, 'src', 'extension', 'webviews', 'webviewHtml.ts');

interface VarUse {
  readonly name: string;
  readonly fallback: string | undefined;
  readonly line: number;
}

/** Every `var(...)` in a text, nested ones too, with its fallback (after the first top-level comma). */
function varUses(text: string): VarUse[] {
  const uses: VarUse[] = [];
  for (let at = text.indexOf('var('); at !== -1; at = text.indexOf('var(', at + 4)) {
    let depth = 0;
    let comma = -1;
    let end = at + 4;
    for (; end < text.length; end++) {
      const c = text[end];
      if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) break;
      else if (c === ',' && depth === 0 && comma === -1) comma = end;
    }
    const name = text.slice(at + 4, comma === -1 ? end : comma).trim();
    uses.push({ name, fallback: comma === -1 ? undefined : text.slice(comma + 1, end).trim(), line: text.slice(0, at).split('\n').length });
  }
  return uses;
}

/** Custom properties the style sheets declare themselves (`--tl-red: …`). */
const declared = new Set(styleSheets.flatMap((f) => [...source(f).matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!)));

describe('webviews: theme colours', () => {
  it('finds the style sheets to check', () => {
    assert.deepEqual(styleSheets.map((f) => f.slice(MEDIA.length + 1)).sort(), ['graph.css', 'heatmap.css', 'webview.css']);
  });

  it("gives every theme colour a fallback, so a theme that leaves one out (charts.orange in high contrast) still draws", () => {
    const missing = styleSheets.flatMap((file) => varUses(source(file))
      .filter((u) => u.name.startsWith('--vscode-') && !u.fallback)
      .map((u) => `${file.slice(ROOT.length + 1)}:${u.line}: var(${u.name}) has no fallback`));
    assert.deepEqual(missing, []);
  });

  it('uses only custom properties of its own that a style sheet declares', () => {
    const undeclared = styleSheets.flatMap((file) => varUses(source(file))
      .filter((u) => !u.name.startsWith('--vscode-') && !u.fallback && !declared.has(u.name))
      .map((u) => `${file.slice(ROOT.length + 1)}:${u.line}: var(${u.name}) is declared nowhere`));
    assert.deepEqual(undeclared, []);
  });

  it('never uses charts.orange as it is: a 33% highlight in the default themes', () => {
    const raw = styleSheets.flatMap((file) => source(file).split('\n').map((text, i) => ({ file, text, line: i + 1 })))
      .filter((l) => l.text.includes('--vscode-charts-orange') && !/rgb\(from var\(--vscode-charts-orange|--tl-orange: var\(--vscode-charts-orange, #/.test(l.text));
    assert.deepEqual(raw.map((l) => `${l.file.slice(ROOT.length + 1)}:${l.line}`), []);
  });

  it('keeps colours out of the scripts and the HTML shell: no inline style for the CSP to refuse', () => {
    for (const file of scripts) {
      assert.doesNotMatch(source(file), /\.style\b|setAttribute\(\s*['"]style/, file);
      assert.deepEqual(varUses(source(file)), [], file);
    }
    assert.doesNotMatch(source(shell), /<style|\sstyle=/);
    assert.match(source(shell), /style-src \$\{webview\.cspSource\}`/, "styles only from the extension's own files");
  });

  it('reads var() fallbacks through nesting', () => {
    assert.deepEqual(varUses('a: var(--x, var(--y, rgb(1, 2, 3)));'), [
      { name: '--x', fallback: 'var(--y, rgb(1, 2, 3))', line: 1 },
      { name: '--y', fallback: 'rgb(1, 2, 3)', line: 1 },
    ]);
    assert.deepEqual(varUses('b:\n var(--z)'), [{ name: '--z', fallback: undefined, line: 2 }]);
  });
});
