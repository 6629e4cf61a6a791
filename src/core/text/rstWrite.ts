/**
 * Writing reStructuredText section titles: the counterpart of `scanRstStructure` for
 * fixes and scaffolding that add a title or a section to an rst file.
 */

/** How a title is adorned: the character, and whether it is overlined as well as underlined. */
export interface RstTitleStyle {
  readonly char: string;
  readonly overline: boolean;
}

/** A title's lines in `style`, the adornment at least as long as the text (docutils warns when shorter). */
export function rstTitleLines(text: string, style: RstTitleStyle): string[] {
  const rule = style.char.repeat(Math.max([...text].length, 3));
  return style.overline ? [rule, text, rule] : [text, rule];
}

/** The style of a title as written (its lines from overline or text to underline); `undefined` when it has no underline. */
export function rstTitleStyleOf(written: string): RstTitleStyle | undefined {
  const lines = written.split(/\r?\n/);
  const under = lines[lines.length - 1]!.trim();
  if (lines.length < 2 || !under) return undefined;
  return { char: under.charAt(0), overline: lines.length >= 3 };
}

export function sameTitleStyle(a: RstTitleStyle, b: RstTitleStyle): boolean {
  return a.char === b.char && a.overline === b.overline;
}
