import * as assert from 'node:assert/strict';
import { decisionGraphModel, mermaidText, renderDecisionGraph } from '../../../src/core/adr/write/graph';
import { corpusFiles, loadFolder } from './support';
import { describeWithCorpus } from '../adr/adrTestSupport';

describeWithCorpus('adr-write: decision graph', () => {
  it('has one node per record and one edge per relation, however many sides state it', async () => {
    const folder = await loadFolder(corpusFiles('adr-tools', 'doc/adr'));
    const model = decisionGraphModel(folder.workspace.view);
    assert.equal(model.nodes.length, 9);
    assert.deepEqual(model.nodes[0], { id: 'doc/adr/0001-record-architecture-decisions.md', folder: 'doc/adr', number: 1, title: 'Record architecture decisions', status: 'accepted', label: '1. Record architecture decisions' });
    // 0009 amends 0005 and 0005 says it is amended by 0009: one edge, drawn from 0009.
    assert.deepEqual(model.edges, [{ from: 'doc/adr/0009-help-scripts.md', to: 'doc/adr/0005-help-comments.md', relation: 'amends' }]);
    assert.equal(decisionGraphModel(folder.workspace.view, { linkedOnly: true }).nodes.length, 2);
  });

  it('renders Mermaid with a subgraph per folder, dashed supersession and escaped labels', async () => {
    const folder = await loadFolder({
      'docs/adr/0001-a.md': '# 1. Use "quotes" & <tags> | pipes #1\n\n## Status\n\nSuperseded by [2. B](0002-b.md)\n',
      'docs/adr/0002-b.md': '# 2. B\n\n## Status\n\nAccepted\n\nSupersedes [1. A](0001-a.md)\n\nRelates to [1. Other](../../services/x/docs/adr/0001-other.md)\n',
      'services/x/docs/adr/0001-other.md': '# 1. Other\n\n## Status\n\nProposed\n\nRelates to [2. B](../../../../docs/adr/0002-b.md)\n',
    }, { adrDirectories: ['services/x/docs/adr'] });
    assert.equal(
      renderDecisionGraph(folder.workspace.view),
      [
        'flowchart LR',
        '  subgraph folder1["docs/adr"]',
        '    adr1["1. Use #34;quotes#34; #38; #60;tags#62; #124; pipes #35;1"]',
        '    adr2["2. B"]',
        '  end',
        '  subgraph folder2["services/x/docs/adr"]',
        '    adr3["1. Other"]',
        '  end',
        '  adr2 -.->|supersedes| adr1',
        '  adr2 -->|relates-to| adr3',
        '  classDef proposed stroke-dasharray: 5 3',
        '  class adr3 proposed',
        '  classDef superseded opacity: 0.6',
        '  class adr1 superseded',
        '',
      ].join('\n'),
    );
    assert.equal(renderDecisionGraph(folder.workspace.view, { folders: ['services/x/docs/adr'], direction: 'TB' }), ['flowchart TB', '  subgraph folder1["services/x/docs/adr"]', '    adr1["1. Other"]', '  end', '  classDef proposed stroke-dasharray: 5 3', '  class adr1 proposed', ''].join('\n'));
  });

  it('escapes every character that would end or break a Mermaid label', () => {
    assert.equal(mermaidText('a"b`c;d\n e'), 'a#34;b#96;c#59;d e');
  });
});
