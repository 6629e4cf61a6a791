/**
 * The syntax of a metadata line in Markdown, shared by decision records and risk registers
 * written as headings or lists: a list marker, then `Key: value` with the key emphasised
 * or not. What the keys mean is the reader's business.
 */

/** A list item's marker and the spaces after it; group 1 is the indentation, group 2 the marker. */
export const BULLET = /^(\s*)([*+-])[ \t]+/;

/**
 * `Key: value`, `**Key:** value`, `**Key**: value`, `_Key_: value`; group 1 is the key,
 * group 2 the value. Keys may carry accented letters (`Probabilité`, `Priorität`).
 */
export const KEY_VALUE = /^(?:\*\*|__|\*|_)?([A-Za-z\u00C0-\u024F][\w\u00C0-\u024F ()/-]{0,40}?)(?:\*\*|__|\*|_)?[ \t]*:(?:\*\*|__|\*|_)?[ \t]*(.*)$/;
