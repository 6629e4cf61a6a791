// Decision graph page. Receives plain data from the extension (records and relations)
// and draws them as SVG: one lane per ADR folder, records in number order, relations as
// arrows. Every text goes in with textContent, never innerHTML, so nothing a record says
// can run as markup.
(function () {
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');
  const SVG = 'http://www.w3.org/2000/svg';
  const NODE_W = 216;
  const NODE_H = 64;
  const GAP_X = 56;
  const GAP_Y = 64;
  const LANE_HEADER = 30;
  const LANE_GAP = 20;
  const MARGIN = 16;
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

  /** Positions: one lane per folder, records left to right in number order, wrapping to new rows. */
  function layout(nodes, width) {
    const cols = Math.max(1, Math.floor((width - 2 * MARGIN + GAP_X) / (NODE_W + GAP_X)));
    const lanes = [];
    for (const n of nodes) {
      let lane = lanes[lanes.length - 1];
      if (!lane || lane.folder !== n.folder) lanes.push((lane = { folder: n.folder, nodes: [] }));
      lane.nodes.push(n);
    }
    const at = new Map();
    let y = MARGIN;
    for (const lane of lanes) {
      lane.top = y;
      const rows = Math.ceil(lane.nodes.length / cols);
      lane.nodes.forEach((n, i) => {
        const col = i % cols;
        const row = Math.floor(i / cols);
        at.set(n.id, { x: MARGIN + col * (NODE_W + GAP_X), y: y + LANE_HEADER + GAP_Y / 2 + row * (NODE_H + GAP_Y), row: `${lane.folder}:${row}`, col });
      });
      y += LANE_HEADER + GAP_Y / 2 + rows * (NODE_H + GAP_Y) - GAP_Y / 2 + LANE_GAP;
      lane.bottom = y - LANE_GAP;
    }
    const used = Math.min(cols, Math.max(1, ...lanes.map((l) => l.nodes.length)));
    return { at, lanes, width: 2 * MARGIN + used * NODE_W + (used - 1) * GAP_X, height: y - LANE_GAP + MARGIN };
  }

  /**
   * Where an edge meets a box's top or bottom: off centre towards the other box, so edges
   * arriving from different places do not share one point (nor one arrowhead).
   */
  function portX(box, other) {
    const lean = Math.max(-NODE_W * 0.35, Math.min(NODE_W * 0.35, (other.x - box.x) * 0.12));
    return box.x + NODE_W / 2 + lean;
  }

  /** A path from one box to another: side to side for neighbours, an arc over the row, else bottom to top. */
  function edgePath(a, b) {
    if (a.row === b.row) {
      if (Math.abs(a.col - b.col) === 1) {
        const right = b.x > a.x;
        const x1 = right ? a.x + NODE_W : a.x;
        const x2 = right ? b.x : b.x + NODE_W;
        const y0 = a.y + NODE_H / 2;
        return { d: `M ${x1} ${y0} L ${x2} ${y0}`, mid: [(x1 + x2) / 2, y0 - 6] };
      }
      const x1 = portX(a, b);
      const x2 = portX(b, a);
      const lift = Math.min(GAP_Y / 2 - 6, 14 + Math.abs(x2 - x1) * 0.05);
      return { d: `M ${x1} ${a.y} C ${x1} ${a.y - lift * 1.3}, ${x2} ${b.y - lift * 1.3}, ${x2} ${b.y}`, mid: [(x1 + x2) / 2, a.y - lift] };
    }
    const down = b.y > a.y;
    const x1 = portX(a, b);
    const x2 = portX(b, a);
    const y1 = down ? a.y + NODE_H : a.y;
    const y2 = down ? b.y : b.y + NODE_H;
    const bend = (y2 - y1) / 2;
    return { d: `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2}`, mid: [(x1 + x2) / 2, (y1 + y2) / 2] };
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

  function nodeGroup(n, p) {
    const g = svg('g', { class: `node status-${n.status || 'none'}`, transform: `translate(${p.x} ${p.y})`, tabindex: 0, role: 'button', 'data-id': n.id });
    const status = n.status || 'no status';
    g.setAttribute('aria-label', `${n.label}, ${status}. Open the record.`);
    g.append(svg('title', {}, `${n.label}\n${status} · ${n.id}`));
    g.append(svg('rect', { class: 'box', width: NODE_W, height: NODE_H, rx: 4 }));
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

  function graph() {
    const { at, lanes, width, height } = layout(data.nodes, Math.max(app.clientWidth, NODE_W + 2 * MARGIN));
    const root = svg('svg', { class: 'graph', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': 'Decision records and their relations' });
    root.append(arrowMarkers());
    for (const lane of lanes) {
      if (lanes.length > 1 || data.folders.length > 1) {
        root.append(svg('rect', { class: 'lane', x: MARGIN / 2, y: lane.top, width: width - MARGIN, height: lane.bottom - lane.top, rx: 6 }));
        root.append(svg('text', { class: 'lane-title', x: MARGIN, y: lane.top + 20 }, lane.folder || '.'));
      }
    }
    const edges = svg('g', { class: 'edges' });
    const labels = svg('g', { class: 'edge-labels' });
    for (const e of data.edges) {
      const a = at.get(e.from);
      const b = at.get(e.to);
      if (!a || !b) continue;
      const { d, mid } = edgePath(a, b);
      edges.append(svg('path', { d, class: `edge rel-${e.relation}`, 'marker-end': `url(#arrow-${e.relation})` }));
      labels.append(svg('text', { class: `edge-label rel-${e.relation}`, x: mid[0], y: mid[1], 'text-anchor': 'middle' }, e.relation));
    }
    root.append(edges);
    for (const n of data.nodes) root.append(nodeGroup(n, at.get(n.id)));
    root.append(labels);
    return root;
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
    const scroller = el('div', 'scroller');
    scroller.append(graph());
    app.append(scroller);
  }

  let pending = false;
  window.addEventListener('resize', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      render();
    });
  });
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
