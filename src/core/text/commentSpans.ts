/**
 * Where the comments are in source code, so record mentions are looked for there and not
 * in identifiers or string literals. A small lexer per family of comment syntax, not a
 * parser: it knows line comments, block comments and the string quotes that could hide
 * a comment marker ("http://…"). Pure: no `vscode`, so it is unit tested in Node.
 */

interface CommentSyntax {
  readonly line: readonly string[];
  readonly block: readonly (readonly [open: string, close: string])[];
  /** String delimiters skipped over; a string ends at its quote or, except for backticks, at the end of the line. */
  readonly quotes: readonly string[];
}

const C_LIKE: CommentSyntax = { line: ['//'], block: [['/*', '*/']], quotes: ['"', "'", '`'] };
const HASH: CommentSyntax = { line: ['#'], block: [], quotes: ['"', "'"] };
const DASHES: CommentSyntax = { line: ['--'], block: [], quotes: ['"', "'"] };
const SQL: CommentSyntax = { line: ['--'], block: [['/*', '*/']], quotes: ["'", '"'] };
const CSS: CommentSyntax = { line: [], block: [['/*', '*/']], quotes: ['"', "'"] };
/** Markup text is full of apostrophes: quotes are not tracked. */
const MARKUP: CommentSyntax = { line: [], block: [['<!--', '-->']], quotes: [] };
const COMPONENT: CommentSyntax = { line: ['//'], block: [['/*', '*/'], ['<!--', '-->']], quotes: [] };
const HCL: CommentSyntax = { line: ['#', '//'], block: [['/*', '*/']], quotes: ['"'] };
/** Languages we do not know: every common comment form, no quote tracking. */
const GENERIC: CommentSyntax = { line: ['//', '#'], block: [['/*', '*/'], ['<!--', '-->']], quotes: [] };

const SYNTAX_BY_LANGUAGE: Readonly<Record<string, CommentSyntax>> = {
  ...fill(C_LIKE, ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'java', 'c', 'cpp', 'csharp', 'go', 'rust', 'swift', 'kotlin', 'scala', 'php', 'dart', 'groovy', 'objective-c', 'objective-cpp', 'jsonc', 'json', 'scss', 'less', 'proto', 'fsharp', 'zig', 'glsl', 'hlsl']),
  ...fill(HASH, ['python', 'shellscript', 'ruby', 'perl', 'r', 'yaml', 'toml', 'dockerfile', 'makefile', 'powershell', 'coffeescript', 'elixir', 'julia', 'nix', 'properties', 'ini', 'cmake', 'graphql', 'ignore', 'dotenv', 'tcl', 'nim', 'crystal', 'starlark', 'bazel']),
  ...fill(DASHES, ['lua', 'haskell', 'elm', 'ada', 'vhdl', 'purescript']),
  ...fill(SQL, ['sql', 'plsql', 'pgsql', 'mysql']),
  ...fill(CSS, ['css']),
  ...fill(MARKUP, ['html', 'xml', 'xsl', 'svg', 'razor', 'handlebars']),
  ...fill(COMPONENT, ['vue', 'svelte', 'astro']),
  ...fill(HCL, ['terraform', 'hcl']),
};

/** Languages that are prose throughout: every line may mention a record. */
const PROSE_LANGUAGES = new Set(['markdown', 'plaintext', 'git-commit', 'restructuredtext', 'asciidoc', 'mdx', 'scminput']);

function fill(syntax: CommentSyntax, languages: readonly string[]): Record<string, CommentSyntax> {
  return Object.fromEntries(languages.map((l) => [l, syntax]));
}

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export function isProseLanguage(languageId: string): boolean {
  return PROSE_LANGUAGES.has(languageId);
}

/** The spans of `text` where record mentions count: all of it for prose, the comments for code. */
export function mentionSpans(text: string, languageId: string): TextSpan[] {
  return isProseLanguage(languageId) ? [{ start: 0, end: text.length }] : commentSpans(text, SYNTAX_BY_LANGUAGE[languageId] ?? GENERIC);
}

/** The comments of a text (their markers included), in order. */
export function commentSpans(text: string, syntax: CommentSyntax): TextSpan[] {
  const spans: TextSpan[] = [];
  const starters = new Set([...syntax.line, ...syntax.block.map(([open]) => open), ...syntax.quotes].map((t) => t[0]));
  let i = 0;
  while (i < text.length) {
    if (!starters.has(text[i]!)) {
      i++;
      continue;
    }
    const block = syntax.block.find(([open]) => text.startsWith(open, i));
    if (block) {
      const close = text.indexOf(block[1], i + block[0].length);
      const end = close < 0 ? text.length : close + block[1].length;
      spans.push({ start: i, end });
      i = end;
      continue;
    }
    if (syntax.line.some((marker) => text.startsWith(marker, i))) {
      const end = endOfLine(text, i);
      spans.push({ start: i, end });
      i = end;
      continue;
    }
    const quote = syntax.quotes.find((q) => text.startsWith(q, i));
    i = quote ? endOfString(text, i + 1, quote) : i + 1;
  }
  return spans;
}

function endOfLine(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  return lf < 0 ? text.length : lf;
}

/** Just past the closing quote; strings other than template literals stop at the end of the line. */
function endOfString(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (c === '\n' && quote !== '`') return i;
  }
  return text.length;
}

/** File extensions (lower case, no dot) and the language whose comments they use. */
const LANGUAGE_BY_EXTENSION: ReadonlyMap<string, string> = new Map([
  ['ts', 'typescript'], ['mts', 'typescript'], ['cts', 'typescript'], ['tsx', 'typescriptreact'], ['js', 'javascript'], ['mjs', 'javascript'], ['cjs', 'javascript'], ['jsx', 'javascriptreact'],
  ['java', 'java'], ['c', 'c'], ['h', 'c'], ['cc', 'cpp'], ['cpp', 'cpp'], ['hpp', 'cpp'], ['cs', 'csharp'], ['go', 'go'], ['rs', 'rust'], ['swift', 'swift'], ['kt', 'kotlin'], ['kts', 'kotlin'], ['scala', 'scala'],
  ['php', 'php'], ['dart', 'dart'], ['groovy', 'groovy'], ['gradle', 'groovy'], ['m', 'objective-c'], ['proto', 'proto'], ['fs', 'fsharp'], ['zig', 'zig'], ['scss', 'scss'], ['less', 'less'], ['css', 'css'],
  ['py', 'python'], ['sh', 'shellscript'], ['bash', 'shellscript'], ['zsh', 'shellscript'], ['rb', 'ruby'], ['pl', 'perl'], ['r', 'r'], ['yaml', 'yaml'], ['yml', 'yaml'], ['toml', 'toml'],
  ['ps1', 'powershell'], ['ex', 'elixir'], ['exs', 'elixir'], ['jl', 'julia'], ['nix', 'nix'], ['properties', 'properties'], ['ini', 'ini'], ['cmake', 'cmake'], ['graphql', 'graphql'], ['gql', 'graphql'],
  ['lua', 'lua'], ['hs', 'haskell'], ['elm', 'elm'], ['sql', 'sql'], ['html', 'html'], ['htm', 'html'], ['xml', 'xml'], ['svg', 'svg'], ['vue', 'vue'], ['svelte', 'svelte'], ['astro', 'astro'],
  ['tf', 'terraform'], ['hcl', 'hcl'], ['md', 'markdown'], ['markdown', 'markdown'], ['mdx', 'mdx'], ['txt', 'plaintext'], ['rst', 'restructuredtext'], ['adoc', 'asciidoc'],
]);
const LANGUAGE_BY_NAME: ReadonlyMap<string, string> = new Map([['dockerfile', 'dockerfile'], ['makefile', 'makefile'], ['cmakelists.txt', 'cmake']]);
/** The lengths of those names: most files leave on theirs before a lookup. */
const NAME_LENGTHS: ReadonlySet<number> = new Set([...LANGUAGE_BY_NAME.keys()].map((name) => name.length));

/**
 * The language of a file on disk, from its name, for front ends without an editor's
 * language detection (the CLI); `undefined` for names it does not know.
 */
export function languageIdOfPath(path: string): string | undefined {
  // Asked of every file in the repository: only the extension is lower-cased and looked up, as a rule.
  const nameStart = path.lastIndexOf('/') + 1;
  const byName = NAME_LENGTHS.has(path.length - nameStart) ? LANGUAGE_BY_NAME.get(path.slice(nameStart).toLowerCase()) : undefined;
  if (byName) return byName;
  const dot = path.lastIndexOf('.');
  return dot > nameStart ? LANGUAGE_BY_EXTENSION.get(path.slice(dot + 1).toLowerCase()) : undefined;
}
