import type { YamlTreeMap } from '../tree';
import { BlockParser } from './blockParser';
import { CONTENT, Declined, isSeqItem, splitLines } from './lines';

/**
 * The fast path for YAML in the core (risk registers, guideline front matter): a
 * hand-written scanner for the YAML such files use (block mappings and sequences, plain
 * and quoted scalars, one-line flow collections of scalars, `|`/`>` block scalars, comments, CRLF) that builds the very
 * tree `treeOfDocument` makes of `yaml`'s `parseDocument`, without `yaml`'s lexer and
 * node classes, which are most of a parse.
 *
 * Returns undefined (the caller then parses with `yaml`) for anything outside that subset
 * or anything `yaml` would report as an error: anchors, aliases, tags, several documents,
 * complex keys, multi-line flow collections or plain scalars, tabs, duplicate keys.
 */
export function scanSimpleYaml(text: string): YamlTreeMap | undefined {
  try {
    const lines = splitLines(text);
    const first = lines.findIndex((l) => l.kind === CONTENT);
    if (first < 0) return undefined;
    const top = lines[first]!;
    if (top.indent !== 0 || isSeqItem(text, top)) return undefined;
    const root = new BlockParser(text, lines).parseMap(first, top.start, 0);
    if (root.nextLine !== lines.length) return undefined;
    return root.node;
  } catch (e) {
    if (e instanceof Declined) return undefined;
    throw e;
  }
}
