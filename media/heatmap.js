// Risk heat map page. Receives plain data from the extension and builds the DOM with
// textContent only (never innerHTML), so no text from a register can run as markup.
(function () {
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');
  let selected = null;

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  function band(score, bands) {
    if (score >= bands.critical) return 'critical';
    if (score >= bands.high) return 'high';
    if (score >= bands.medium) return 'medium';
    return 'low';
  }

  /** What each band's colour means, with the same swatch (and, in high contrast, border) as the cells. */
  function legend(bands) {
    const list = el('ul', 'legend');
    list.setAttribute('aria-label', 'Bands, by score (likelihood × impact)');
    const items = [
      ['critical', `Critical: ${bands.critical} or more`],
      ['high', `High: ${bands.high}–${bands.critical - 1}`],
      ['medium', `Medium: ${bands.medium}–${bands.high - 1}`],
      ['low', `Low: under ${bands.medium}`],
    ];
    for (const [level, text] of items) {
      const li = el('li');
      const swatch = el('span', `swatch ${level}`);
      swatch.setAttribute('aria-hidden', 'true');
      li.append(swatch, document.createTextNode(text));
      list.append(li);
    }
    return list;
  }

  function render(data) {
    app.replaceChildren();
    const header = el('header', 'toolbar');
    header.append(el('h1', '', 'Risk heat map'));
    const toggle = el('div', 'toggle');
    toggle.setAttribute('role', 'group');
    toggle.setAttribute('aria-label', 'Assessment');
    for (const a of ['inherent', 'residual']) {
      const b = el('button', a === data.assessment ? 'secondary active' : 'secondary', a === 'inherent' ? 'Inherent' : 'Residual');
      b.setAttribute('aria-pressed', String(a === data.assessment));
      b.addEventListener('click', () => { selected = null; vscode.postMessage({ type: 'toggle', assessment: a }); });
      toggle.append(b);
    }
    header.append(toggle);
    app.append(header);

    const summary = el('p', 'summary', `${data.total} open risk${data.total === 1 ? '' : 's'}` + (data.unplaced ? `, ${data.unplaced} without a ${data.assessment} assessment (not shown)` : ''));
    app.append(summary);

    const grid = el('div', 'grid');
    grid.setAttribute('role', 'grid');
    grid.append(el('div', 'axis corner', 'Likelihood ↓  Impact →'));
    for (let i = 1; i <= 5; i++) grid.append(el('div', 'axis col', `${i} ${data.impactWords[i - 1] || ''}`));
    for (let l = 5; l >= 1; l--) {
      grid.append(el('div', 'axis row', `${l} ${data.likelihoodWords[l - 1] || ''}`));
      for (let i = 1; i <= 5; i++) {
        const cell = data.cells[l - 1][i - 1];
        const level = band(l * i, data.bands);
        const b = el('button', `cell ${level}${cell.count ? '' : ' empty'}${selected && selected.l === l && selected.i === i ? ' selected' : ''}`);
        // The band in words as well as in colour, where it matters: on cells with risks.
        if (cell.count) b.append(el('span', 'count', cell.count), el('span', 'band', level));
        b.setAttribute('role', 'gridcell');
        b.setAttribute('aria-label', `Likelihood ${l}, impact ${i}, ${level}: ${cell.count} risk${cell.count === 1 ? '' : 's'}`);
        b.title = `Likelihood ${l} × impact ${i} = ${l * i}, ${level}`;
        b.dataset.likelihood = String(l);
        b.dataset.impact = String(i);
        b.disabled = cell.count === 0;
        b.addEventListener('click', () => { selected = { l, i }; render(data); });
        grid.append(b);
      }
    }
    app.append(grid);
    app.append(legend(data.bands));

    const list = el('section', 'details');
    if (selected) {
      const cell = data.cells[selected.l - 1][selected.i - 1];
      list.append(el('h2', '', `Likelihood ${selected.l} × impact ${selected.i}: ${cell.count} risk${cell.count === 1 ? '' : 's'}`));
      const ul = el('ul');
      for (const r of cell.risks) {
        const li = el('li');
        const a = el('a', '', `${r.id} ${r.title}`.trim());
        a.href = '#';
        a.addEventListener('click', (e) => { e.preventDefault(); vscode.postMessage({ type: 'open', key: r.key }); });
        li.append(a, el('span', 'owner', r.owner ? ` · ${r.owner}` : ' · no owner'));
        ul.append(li);
      }
      list.append(ul);
    } else {
      list.append(el('p', 'hint', 'Click a cell to list its risks.'));
    }
    app.append(list);
  }

  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'data') render(event.data);
  });
  vscode.postMessage({ type: 'ready' });
})();
