// Decision graph page. Receives plain data from the extension (records, relations and
// their layout) and draws them as SVG: each group of related records in layers, newer
// above older, relations as labelled arrows that never cross a card; records without
// relations as cards that wrap to the panel's width. Every text goes in with textContent, never innerHTML, so nothing a record says
// can run as markup.
(function () {
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');
  const SVG = 'http://www.w3.org/2000/svg';
  // The card size the extension's layout assumed (src/core/adr/write/graphLayout.ts CARD).
  const CARD_W = 216;
  const CARD_H = 64;
  const TITLE_CHARS = 30;
  const RELATIONS = ['supersedes', 'amends', 'clarifies', 'extends', 'relates-to'];
  let data = null;
  let copied = false;

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  /** The title in at most two lines of about TITLE_CHARS characters, cut at words. */
  function wrap(title) {
    const words = title.split(/\s+/).filter(Boolean);
    const lines = [''];
    for (const w of words) {
      const line = lines[lines.length - 1];
      if (!line || line.length + 1 + w.length <= TITLE_CHARS) lines[lines.length - 1] = line ? `${line} ${w}` : w;
      else if (lines.length < 2) lines.push(w);
      else {
        lines[1] = `${lines[1]} ${w}`;
        break;
      }
    }
    return lines.map((l) => (l.length > TITLE_CHARS ? `${l.slice(0, TITLE_CHARS - 1)}…` : l));
  }

  function post(message) {
    vscode.postMessage(message);
  }

  function toolbar() {
    const header = el('header', 'toolbar');
    header.append(el('h1', '', `Decision graph · ${data.workspaceFolder}`));
    if (data.folders.length > 1) {
      const label = el('label', 'field', 'Folder ');
      const select = el('select');
      select.append(el('option', '', 'All folders'));
      select.firstChild.value = '';
      for (const f of data.folders) {
        const o = el('option', '', f || '.');
        o.value = f;
        o.selected = data.folder === f;
        select.append(o);
      }
      select.addEventListener('change', () => post({ type: 'filter', folder: select.selectedIndex === 0 ? null : select.value, linkedOnly: data.linkedOnly }));
      label.append(select);
      header.append(label);
    }
    const linked = el('label', 'field');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = data.linkedOnly;
    box.addEventListener('change', () => post({ type: 'filter', folder: data.folder, linkedOnly: box.checked }));
    linked.append(box, document.createTextNode(' Only records with relations'));
    header.append(linked);
    const copy = el('button', 'secondary', copied ? 'Copied' : 'Copy as Mermaid');
    copy.title = 'Copy the graph as Mermaid text, for a Markdown page that renders Mermaid';
    copy.addEventListener('click', () => post({ type: 'copyMermaid' }));
    header.append(copy);
    return header;
  }

  function legend() {
    const l = el('div', 'legend');
    for (const r of RELATIONS) {
      const item = el('span', 'legend-item');
      const sample = svg('svg', { width: 36, height: 10, 'aria-hidden': 'true' });
      sample.append(svg('line', { x1: 0, y1: 5, x2: 36, y2: 5, class: `edge rel-${r}` }));
      item.append(sample, document.createTextNode(r));
      l.append(item);
    }
    return l;
  }

  /**
   * A line through the layout's points: straight down where it crosses a row, a curve
   * where it bends. The layout puts bends only in the empty gaps between rows, and the
   * curve's control points keep to its ends' x and y, so it stays in that gap.
   */
  function linePath(points) {
    let d = `M ${points[0].x} ${points[0].y}`;
    for (let i = 1; i < points.length; i++) {
      const p = points[i - 1];
      const q = points[i];
      if (p.x === q.x) d += ` L ${q.x} ${q.y}`;
      else {
        const mid = (p.y + q.y) / 2;
        d += ` C ${p.x} ${mid}, ${q.x} ${mid}, ${q.x} ${q.y}`;
      }
    }
    return d;
  }

  function arrowMarkers() {
    const defs = svg('defs');
    for (const r of RELATIONS) {
      const marker = svg('marker', { id: `arrow-${r}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
      marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: `arrow rel-${r}` }));
      defs.append(marker);
    }
    return defs;
  }

  function nodeGroup(n, x, y) {
    const g = svg('g', { class: `node status-${n.status || 'none'}`, transform: `translate(${x} ${y})`, tabindex: 0, role: 'button', 'data-id': n.id });
    const status = n.status || 'no status';
    const folder = data.folders.length > 1 ? ` in ${n.folder || '.'}` : '';
    g.setAttribute('aria-label', `${n.label}, ${status}${folder}. Open the record.`);
    g.append(svg('title', {}, `${n.label}\n${status} · ${n.id}`));
    g.append(svg('rect', { class: 'box', width: CARD_W, height: CARD_H, rx: 4 }));
    g.append(svg('text', { class: 'meta', x: 10, y: 17 }, `${n.number !== undefined && n.number !== null ? `#${n.number} · ` : ''}${status}`));
    wrap(n.title).forEach((line, i) => g.append(svg('text', { class: 'title', x: 10, y: 36 + i * 16 }, line)));
    const open = () => post({ type: 'open', id: n.id });
    g.addEventListener('click', open);
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open();
      }
    });
    return g;
  }

  /** One group of related records, as laid out by the extension (no line crosses a card). */
  function component(c, byId) {
    const pad = 6;
    const root = svg('svg', { class: 'graph', width: c.width + 2 * pad, height: c.height + 2 * pad, viewBox: `${-pad} ${-pad} ${c.width + 2 * pad} ${c.height + 2 * pad}`, role: 'group', 'aria-label': `${c.cards.length} related records` });
    const lines = svg('g', { class: 'edges' });
    const labels = svg('g', { class: 'edge-labels' });
    for (const line of c.lines) {
      const path = svg('path', { d: linePath(line.points), class: `edge rel-${line.relation}`, 'marker-end': `url(#arrow-${line.relation})` });
      path.append(svg('title', {}, `${byId.get(line.from).label} ${line.relation} ${byId.get(line.to).label}`));
      lines.append(path);
      const l = line.label;
      labels.append(svg('rect', { class: `edge-label-box rel-${line.relation}`, x: l.x, y: l.y, width: l.width, height: l.height, rx: 3 }));
      labels.append(svg('text', { class: `edge-label rel-${line.relation}`, x: l.x + l.width / 2, y: l.y + l.height - 3.5, 'text-anchor': 'middle' }, line.relation));
    }
    root.append(lines);
    for (const card of c.cards) root.append(nodeGroup(byId.get(card.id), card.x, card.y));
    root.append(labels);
    return root;
  }

  /** Records without relations: cards that wrap to the panel's width, one group per folder. */
  function unlinked(ids, byId) {
    const section = el('section', 'unlinked');
    section.append(el('h2', '', 'Records without relations'));
    const folders = [...new Set(ids.map((id) => byId.get(id).folder))];
    for (const folder of folders) {
      if (folders.length > 1 || data.folders.length > 1) section.append(el('h3', '', folder || '.'));
      const cards = el('div', 'cards');
      for (const id of ids.filter((i) => byId.get(i).folder === folder)) {
        const card = svg('svg', { class: 'card', width: CARD_W + 4, height: CARD_H + 4, viewBox: `-2 -2 ${CARD_W + 4} ${CARD_H + 4}` });
        card.append(nodeGroup(byId.get(id), 0, 0));
        cards.append(card);
      }
      section.append(cards);
    }
    return section;
  }

  function render() {
    if (!data) return;
    app.replaceChildren();
    app.append(toolbar());
    const relations = data.edges.length;
    app.append(el('p', 'summary', `${data.nodes.length} record${data.nodes.length === 1 ? '' : 's'} · ${relations} relation${relations === 1 ? '' : 's'}. Click a record to open it.`));
    app.append(legend());
    if (data.nodes.length === 0) {
      app.append(el('p', 'empty', data.linkedOnly ? 'No record here has a relation to another.' : 'No decision records here yet.'));
      return;
    }
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    if (data.layout.components.length > 0) {
      // The arrowheads, once for every group's lines.
      const defs = svg('svg', { class: 'defs', width: 0, height: 0, 'aria-hidden': 'true' });
      defs.append(arrowMarkers());
      app.append(defs);
      const related = el('section', 'components');
      for (const c of data.layout.components) {
        const scroller = el('div', 'scroller');
        scroller.append(component(c, byId));
        related.append(scroller);
      }
      app.append(related);
    }
    if (data.layout.unlinked.length > 0) app.append(unlinked(data.layout.unlinked, byId));
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m) return;
    if (m.type === 'graph') {
      data = m;
      copied = false;
      render();
    } else if (m.type === 'copied') {
      copied = true;
      render();
    }
  });
  post({ type: 'ready' });
})();
