/**
 * Registers the differential test runs both YAML paths over: hand-written corner cases of
 * the subset the fast scanner reads (and of what it must decline), and seeded mutations.
 */

export const CORNER_CASES: readonly string[] = [
  'title: A\nrisks:\n  - id: R-1\n    title: B\n    likelihood: 2\n    impact: 3\n',
  'title: A\r\nrisks:\r\n  - id: R-1\r\n    title: B\r\n    likelihood: 2\r\n    impact: 3\r\n    description: |\r\n      one\r\n\r\n      two\r\n    owner: x\r\n',
  '\uFEFFtitle: BOM\nrisks: []\n',
  'risks:\n- id: R-1\n  title: compact\n  likelihood: 1\n  impact: 1\n- id: R-2\n  title: two\n  likelihood: 1\n  impact: 1\ntitle: after\n',
  'risks:\n  - id: R-1\n    title: x\n    likelihood: 1\n    impact: 1\n    description: >\n      folded\n      text\n\n      para\n        more indented\n      back\n    mitigation: |-\n      lit\n        deeper\n      # not a comment\n\n\n  # between\n  - id: R-2\n    title: y\n    likelihood: 9\n    impact: 0\n',
  'risks:\n  - id: R-1\n    title: x\n    likelihood: 1\n    impact: 1\n    owner:\n    due:   # soon\n    reviewed:\n    # note\n  - id: R-2\n    title: y\n    likelihood: 1\n    impact: 1\n    owner:\n',
  'risks:\n  - id: R-1\n    title: x\n    likelihood: 1\n    impact: 1\n    residual:\n      likelihood: 1\n      impact: 9\n      # trailing deeper\n    # trailing at item\n  # at seq\n# at root\n',
  'risks:\n  - id: R-1\n    title: x\n    likelihood: 1\n    impact: 1\n      # more indented after a value\n\n      # again\n    # then level\n',
  'risks:\n  - id: "R-1"\n    \'title\': \'it\'\'s\'\n    "likelihood": "2"\n    impact: "\\u00e9\\t\\"x\\""\n    related: [ "a", \'b\', c d, 1, true, null ]\n    residual: {likelihood: rare, impact: 2, score: 2,}\n',
  'title: ~\ndescription: null\nreview-interval: 2w\nscales:\n  likelihood: [a, b, c, d, e]\n  impact: [a, b, c, d]\n  bands: { critical: 5, high: 9, medium: 1 }\nrisks:\n',
  'risks:\n  - id: R-1\n    title: x\n    likelihood: 1\n    impact: 1\n    unknown: 3\n    status: Done\n    due: 2026-02-30\n    score: -1\n    related:\n      - ADR-0001\n      - 7\n      - ""\n',
  'risks:\n  - just a string\n  - [a, b]\n  - id: R-1\n',
  'risks: {}\n',
  'risks: 3\ntitle: ""\nreview-interval: 0\n',
  '# only a comment\n',
  '',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: 1\n---\nb: 2\n',
  'a: 1\na: 2\n',
  'a:\n\tb: 1\n',
  'a: [1,\n  2]\n',
  'a: multi\n  line plain\n',
  '? complex\n: key\n',
  'a: 0x1F\nb: 1.5\nc: .inf\n',
  'risks:\n  - id: R-1\n    title: A: B\n',
  'risks:\n  - id: R-1\n    description: |+\n      keep\n\n',
  'risks:\n  - id: R-1\n    description: |2\n      explicit\n',
  'risks:\n  - id: R-1\n    description: |\n\n      leading empty\n',
  'risks:\n  - id: R-1\n    description: |\n    title: empty block\n',
  'risks:\n  - id: R-1\n     title: off by one\n',
  'risks:\n  -\n    id: R-1\n',
  'risks:\n  - # comment first\n    id: R-1\n',
  'title: "unterminated\n',
  'title: x # comment\nrisks: [] # c\n',
  'title: x#not a comment\n',
  'title: "x"#c\n',
  'key with spaces: 1\n1: one\ntrue: yes\n',
  'title: x\nrisks:\n  - id: R-1\n    title: t\n    likelihood: 1\n    impact: 1',
  'title: x\nrisks:\n  - id: R-1\n    title: t\n    likelihood: 1\n    impact: 1\n    owner:',
  'title: x\nrisks:\n  - id: R-1\n    description: |\n      no final newline',
  'title: ---\ndescription: -x\nrisks:\n  - id: a -b\n    title: \'\'\n    owner: ""  \n    category: x:\n',
  'a:: b\nc: [ ]\nd: [a b, "c"]   \ne: { b: 1 } # c\nf: {}#x\n',
  'risks:\n  - id: R-1\n    title: t\n    related:\n    - a\n    - b\n    likelihood: 1\n',
  'risks:\n  - id: R-1\n    title: t\n    likelihood: 1\n  # c at seq\n    # c deeper\n  - id: R-2\n',
  'risks:\n  - id: R-1\n    owner:\n\n      # deeper after empty\n    # level\n\n    title: t\n',
  // Words and numbers the scanner resolves without yaml: near misses stay strings.
  'risks:\n  - id: -0\n    title: nULL\n    owner: Nope\n    category: tRUE\n    status: True\n    due: FALSE\n    trigger: ~x\n    likelihood: +3\n    impact: "-"\n    score: +\n    mitigation: --1\n    contingency: +-1\n    resolution: 99999999999999999999\n',
  // A plain `<<` key merges (left to yaml); a quoted one, or `<<` as a value, is text.
  'risks:\n  - <<: {owner: Ann, status: open}\n    id: R-1\n    title: x\n',
  'risks:\n  - {<<: x, id: R-1}\n',
  'risks:\n  - "<<": {owner: Ann}\n    id: R-1\n    title: x\n    owner: <<\n',
  // Keys that are equal once resolved are duplicates (an error to yaml); equal text of different types is not.
  '1: a\n"1": b\n',
  'true: a\nTrue: b\n',
  'null: a\n~: b\n',
  'a: { 1: x, "1": y }\n',
  // Keys an object already has, in a flow mapping read into plain data.
  'risks:\n  - id: R-1\n    title: t\n    likelihood: 1\n    impact: 1\n    residual: { __proto__: 1, constructor: 2, toString: 3 }\n    notes: { hasOwnProperty: x }\n',
];

const SNIPPETS = ['# note', '  # indented note', '      # deep note', '', '    ', 'title: x', '  - id: RISK-9', '    likelihood: 2', '    impact: "3"',
  "    owner: 'Dana'", '    related: [a, "b"]', '    residual: { likelihood: 1, impact: 2 }', '    description: |', '      body', '    score:', '\t', 'x: &a 1', '---'];

/** Line-level mutations: insert, delete or duplicate a line, shift its indentation, add a comment, quote its value. */
export function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(next() * lines.length);
  for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
    const i = pick();
    const line = lines[i] ?? '';
    switch (Math.floor(next() * 8)) {
      case 0: lines.splice(i, 0, SNIPPETS[Math.floor(next() * SNIPPETS.length)]!); break;
      case 1: lines.splice(i, 1); break;
      case 2: lines.splice(i, 0, line); break;
      case 3: lines[i] = next() < 0.5 ? ` ${line}` : line.replace(/^ /, ''); break;
      case 4: lines[i] = next() < 0.5 ? `${line}  # c` : `${line} #c`; break;
      case 5: lines[i] = line.replace(/: (.+)$/, next() < 0.5 ? ': "$1"' : ": '$1'"); break;
      case 6: lines[i] = line.replace(/: (.+)$/, ':'); break;
      default: lines.splice(i, 0, `${' '.repeat(Math.floor(next() * 8))}# inserted`); break;
    }
  }
  return lines.join(next() < 0.1 ? '\r\n' : '\n');
}
