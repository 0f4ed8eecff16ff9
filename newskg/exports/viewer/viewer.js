// newskg viewer: draws the graph embedded in this page with vis-network.
// Every piece of text from the graph is put on the page with textContent,
// never as markup, so an article containing <script> only ever shows as text.
// Positions come precomputed from Python; physics stays off.
// A big graph opens on its busiest part (data.shown): only those nodes and the
// edges among them go into vis-network; search reaches every node, and picking
// one that is not drawn adds it and its neighbours.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('newskg-data').textContent);
  var container = document.getElementById('graph');
  var tooltip = document.getElementById('tooltip');
  var panel = document.getElementById('panel');

  var classes = {}, relations = {}, nodeById = {}, edgeById = {}, degree = {}, edgesOf = {};
  data.classes.forEach(function (c) { classes[c.name] = c; });
  data.relations.forEach(function (r) { relations[r.name] = r; });
  data.nodes.forEach(function (n) { nodeById[n.id] = n; degree[n.id] = 0; edgesOf[n.id] = []; });
  data.edges.forEach(function (e) {
    edgeById[e.id] = e; degree[e.from] += 1; degree[e.to] += 1;
    edgesOf[e.from].push(e.id);
    if (e.to !== e.from) { edgesOf[e.to].push(e.id); }
  });
  var limited = Array.isArray(data.shown);
  var shown = {}, shownCount = 0, drawnEdge = {}, drawnEdges = [];
  (limited ? data.shown : data.nodes.map(function (n) { return n.id; })).forEach(function (id) {
    shown[id] = true; shownCount += 1;
  });
  data.edges.forEach(function (e) {
    if (shown[e.from] && shown[e.to]) { drawnEdge[e.id] = true; drawnEdges.push(e); }
  });
  var big = shownCount > 1500 || drawnEdges.length > 6000;
  var hiddenClasses = {}, hiddenRelations = {};
  // the date range (ISO strings, '' = open) and the nodes it leaves without an edge
  var dateFrom = '', dateTo = '', dateHidden = {};

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function colorOf(type) { return (classes[type] || {}).color || '#777777'; }
  function relName(name) {
    var r = relations[name];
    return r ? r.zh + ' ' + r.en : name;
  }

  function shownLabel(n) { return n.post ? n.label + ' · ' + n.post : n.label; }
  // an edge is in the date range when one of its days is (a holding: when the days
  // it was seen overlap the range); an undated edge cannot be placed and stays
  function inRange(e) {
    if (!dateFrom && !dateTo) { return true; }
    if (e.first && e.last) {
      return (!dateTo || e.first <= dateTo) && (!dateFrom || e.last >= dateFrom);
    }
    if (!e.dates.length) { return true; }
    return e.dates.some(function (d) {
      return (!dateFrom || d >= dateFrom) && (!dateTo || d <= dateTo);
    });
  }
  function nodeHidden(n) { return !!hiddenClasses[n.type] || !!dateHidden[n.id]; }
  function visNode(n) {
    var c = colorOf(n.type);
    return {
      id: n.id, label: shownLabel(n), x: n.x, y: n.y, shape: 'dot', hidden: nodeHidden(n),
      size: 7 + Math.min(16, 2.5 * Math.sqrt(degree[n.id])),
      color: { background: c, border: '#333333', highlight: { background: c, border: '#000000' },
               hover: { background: c, border: '#000000' } },
      font: { size: 13, color: '#222222', strokeWidth: 3, strokeColor: '#ffffff' }
    };
  }
  function visEdge(e) {
    var r = relations[e.rel];
    return {
      id: e.id, from: e.from, to: e.to, arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      hidden: !!hiddenRelations[e.rel] || !inRange(e),
      width: 1 + Math.log2(e.weight),
      label: data.edges.length <= 400 && r ? r.zh : undefined,
      font: { size: 10, color: '#666666', strokeWidth: 2, strokeColor: '#ffffff', align: 'middle' },
      color: { color: '#a0a8b0', highlight: '#222222', hover: '#222222' }
    };
  }
  var nodes = new vis.DataSet(data.nodes.filter(function (n) { return shown[n.id]; }).map(visNode));
  var edges = new vis.DataSet(drawnEdges.map(visEdge));

  // Draw ids (and, with neighbours, everything next to them) with the edges
  // that now join two drawn nodes. Returns the number of nodes added.
  function reveal(ids, neighbours) {
    var added = [];
    function add(id) {
      if (!shown[id]) { shown[id] = true; shownCount += 1; added.push(id); }
    }
    ids.forEach(function (id) {
      add(id);
      if (neighbours) {
        edgesOf[id].forEach(function (eid) { var e = edgeById[eid]; add(e.from); add(e.to); });
      }
    });
    if (!added.length) { return 0; }
    var newEdges = [];
    added.forEach(function (id) {
      edgesOf[id].forEach(function (eid) {
        var e = edgeById[eid];
        if (!drawnEdge[eid] && shown[e.from] && shown[e.to]) { drawnEdge[eid] = true; newEdges.push(e); }
      });
    });
    nodes.add(added.map(function (id) { return visNode(nodeById[id]); }));
    edges.add(newEdges.map(visEdge));
    updateStats();
    return added.length;
  }

  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: false,
    layout: { improvedLayout: false },
    edges: { smooth: false, selectionWidth: 1.5, hoverWidth: 1 },
    interaction: { hover: true, hoverConnectedEdges: false, tooltipDelay: 60,
                   hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false }
  });
  network.fit({ animation: false });

  // ---- tooltips -------------------------------------------------------
  function statementBlock(st) {
    var box = el('div', 'stmt');
    var head = [st.date, st.activity].filter(Boolean).join(' · ');
    if (head) { box.appendChild(el('div', 'muted t', head)); }
    box.appendChild(el('div', 'evidence t', st.evidence));
    if (st.headline || st.source) {
      box.appendChild(el('div', 'muted t', '《' + (st.headline || '') + '》 ' + (st.source || '')));
    }
    return box;
  }
  function edgeSummary(e) {
    var box = el('div');
    var title = el('div');
    title.appendChild(el('strong', 't', nodeById[e.from].label));
    title.appendChild(el('span', 'muted', ' → ' + relName(e.rel) + ' → '));
    title.appendChild(el('strong', 't', nodeById[e.to].label));
    box.appendChild(title);
    var seen = e.first && e.last ? '任职 seen ' + e.first + (e.last !== e.first ? ' – ' + e.last : '') : '';
    var facts = [seen || e.date, e.weight > 1 ? e.weight + ' 条陈述 statements' : ''].filter(Boolean);
    if (facts.length) { box.appendChild(el('div', 'muted', facts.join(' · '))); }
    return box;
  }
  function edgeTip(e) {
    var box = edgeSummary(e);
    e.statements.slice(0, 3).forEach(function (st) { box.appendChild(statementBlock(st)); });
    var more = e.statements.length - 3 + (e.more || 0);
    if (more > 0) { box.appendChild(el('div', 'muted', '… +' + more)); }
    return box;
  }
  // a post's place, level and body; a person's post
  function facts(n) {
    var out = [];
    if (n.post) { out.push(el('div', 'facts t', '职务 post: ' + n.post)); }
    if (n.type === 'Position') {
      if (n.title && n.title !== n.label) { out.push(el('div', 'facts t', '职务名称 title: ' + n.title)); }
      out.push(el('div', 'facts t', '地点 place: ' + (n.place || '—')));
      out.push(el('div', 'facts t', '层级 level: ' + (n.level || 'unknown')));
      if (n.body) { out.push(el('div', 'facts t', '机构 body: ' + n.body)); }
    }
    return out;
  }
  function nodeTip(n) {
    var box = el('div');
    box.appendChild(el('strong', 't', n.label));
    box.appendChild(el('span', 'muted', ' ' + ((classes[n.type] || {}).zh || '') + ' ' + n.type));
    facts(n).forEach(function (f) { box.appendChild(f); });
    if (n.aliases.length) { box.appendChild(el('div', 'muted t', '别名 ' + n.aliases.join('、'))); }
    if (n.dates.length) { box.appendChild(el('div', 'muted', n.dates.join(' '))); }
    return box;
  }
  function showTip(content, pointer) {
    var rect = container.getBoundingClientRect();
    tooltip.replaceChildren(content);
    tooltip.hidden = false;
    var x = rect.left + pointer.x + 14, y = rect.top + pointer.y + 14;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    if (x + w > window.innerWidth) { x = Math.max(0, window.innerWidth - w - 4); }
    if (y + h > window.innerHeight) { y = Math.max(0, rect.top + pointer.y - h - 10); }
    tooltip.style.left = x + 'px';
    tooltip.style.top = y + 'px';
  }
  function hideTip() { tooltip.hidden = true; }
  network.on('hoverEdge', function (p) { showTip(edgeTip(edgeById[p.edge]), p.pointer.DOM); });
  network.on('hoverNode', function (p) { showTip(nodeTip(nodeById[p.node]), p.pointer.DOM); });
  network.on('blurEdge', hideTip);
  network.on('blurNode', hideTip);
  network.on('dragStart', hideTip);
  network.on('zoom', hideTip);

  // ---- side panel -----------------------------------------------------
  function nodeLink(id) {
    var b = el('button', 'link t', nodeById[id].label);
    b.type = 'button';
    b.addEventListener('click', function () { selectNode(id); });
    return b;
  }
  function showNode(id) {
    var n = nodeById[id];
    var out = [];
    var h = el('h3');
    var sw = el('span', 'swatch');
    sw.style.background = colorOf(n.type);
    h.appendChild(sw);
    h.appendChild(document.createTextNode(' '));
    h.appendChild(el('span', 't', n.label));
    out.push(h);
    out.push(el('div', 'muted', ((classes[n.type] || {}).zh || '') + ' ' + n.type));
    out = out.concat(facts(n));
    if (n.aliases.length) { out.push(el('div', 't', '别名 aliases: ' + n.aliases.join('、'))); }
    if (n.dates.length) { out.push(el('div', '', '日期 dates: ' + n.dates.join(', '))); }
    out.push(el('div', 'muted t', n.iri));
    var ids = edgesOf[id].slice().sort(function (a, b) {
      var x = edgeById[a], y = edgeById[b];
      return x.rel < y.rel ? -1 : x.rel > y.rel ? 1 : (x.date < y.date ? -1 : x.date > y.date ? 1 : 0);
    });
    out.push(el('h2', '', '关系 Relations (' + ids.length + ')'));
    var list = el('ul', 'rel-list');
    ids.slice(0, 300).forEach(function (eid) {
      var e = edgeById[eid];
      var li = el('li');
      var outgoing = e.from === id;
      var when = e.first ? e.first + (e.last !== e.first ? ' – ' + e.last : '') : e.date;
      li.appendChild(el('span', 'muted', (outgoing ? '→ ' : '← ') + relName(e.rel) + (when ? ' · ' + when : '')));
      li.appendChild(nodeLink(outgoing ? e.to : e.from));
      if (e.statements.length) { li.appendChild(el('div', 'evidence t', e.statements[0].evidence)); }
      list.appendChild(li);
    });
    out.push(list);
    panel.replaceChildren.apply(panel, out);
  }
  function showEdge(id) {
    var e = edgeById[id];
    var box = edgeSummary(e);
    var links = el('div');
    links.appendChild(nodeLink(e.from));
    links.appendChild(nodeLink(e.to));
    box.appendChild(links);
    e.statements.forEach(function (st) { box.appendChild(statementBlock(st)); });
    if (e.more) { box.appendChild(el('div', 'muted', '… +' + e.more)); }
    panel.replaceChildren(box);
  }
  function selectNode(id) {
    var n = nodeById[id];
    if (!shown[id]) { reveal([id], true); }
    if (hiddenClasses[n.type]) {  // bring a filtered-out class back rather than select nothing
      hiddenClasses[n.type] = false;
      document.querySelector('input[data-class="' + n.type + '"]').checked = true;
      applyFilters();
    }
    if (dateHidden[id]) { setDates('', ''); }  // and every date, for a node the range hides
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
  }
  network.on('click', function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
  });
  network.on('doubleClick', function (p) {  // open a node's neighbours that are not drawn
    if (p.nodes.length && reveal(p.nodes, true)) { showNode(p.nodes[0]); }
  });

  // ---- search ---------------------------------------------------------
  var search = document.getElementById('search');
  var results = document.getElementById('results');
  var namesOf = data.nodes.map(function (n) {
    return [n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
  });
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) { return []; }
    var found = [];
    data.nodes.forEach(function (n, i) {
      var names = namesOf[i];
      var rank = names.indexOf(q) >= 0 ? 0
        : names.some(function (s) { return s.indexOf(q) === 0; }) ? 1
        : names.some(function (s) { return s.indexOf(q) >= 0; }) ? 2 : -1;
      if (rank >= 0) { found.push([rank, n.label.length, n.label, n.id]); }
    });
    found.sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
    });
    return found.slice(0, 50).map(function (f) { return f[3]; });
  }
  function showResults() {
    var ids = matches(search.value);
    results.replaceChildren.apply(results, ids.map(function (id) {
      var li = el('li');
      var b = nodeLink(id);
      if (nodeById[id].post) { b.appendChild(el('span', 't', ' · ' + nodeById[id].post)); }
      b.appendChild(el('span', 'muted', ' ' + ((classes[nodeById[id].type] || {}).zh || '')));
      if (!shown[id]) { b.appendChild(el('span', 'muted', ' +')); }
      li.appendChild(b);
      return li;
    }));
    if (search.value.trim() && !ids.length) { results.replaceChildren(el('li', 'muted', '无结果 no match')); }
    return ids;
  }
  search.addEventListener('input', showResults);
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      var ids = showResults();
      if (ids.length) { selectNode(ids[0]); }
    }
  });

  // ---- filters and legend --------------------------------------------
  var stats = document.getElementById('stats');
  var note = document.getElementById('note');
  function visibleCounts() {  // visible: drawn and not filtered out
    var vn = 0, ve = 0, se = 0;
    data.nodes.forEach(function (n) { if (shown[n.id] && !nodeHidden(n)) { vn += 1; } });
    data.edges.forEach(function (e) {
      if (!drawnEdge[e.id]) { return; }
      se += 1;
      if (!hiddenRelations[e.rel] && inRange(e) && !nodeHidden(nodeById[e.from]) &&
          !nodeHidden(nodeById[e.to])) { ve += 1; }
    });
    return { nodes: data.nodes.length, edges: data.edges.length, visibleNodes: vn, visibleEdges: ve,
             shownNodes: shownCount, shownEdges: se };
  }
  function fmt(k) { return String(k).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function updateStats() {
    var c = visibleCounts();
    stats.textContent = c.visibleNodes + ' / ' + c.nodes + ' 节点 nodes · ' +
      c.visibleEdges + ' / ' + c.edges + ' 关系 edges';
    stats.dataset.nodes = c.visibleNodes;
    stats.dataset.edges = c.visibleEdges;
    if (limited) {
      var busiest = data.shown.length, more = c.shownNodes - busiest;
      note.textContent = '显示 ' + fmt(c.shownNodes) + ' / ' + fmt(c.nodes) + ' 个节点（最繁忙的 ' +
        fmt(busiest) + ' 个' + (more ? '，另加已打开的 ' + fmt(more) + ' 个' : '') + '），搜索可显示其余节点。' +
        ' Showing the ' + fmt(busiest) + ' busiest of ' + fmt(c.nodes) + ' nodes' +
        (more ? ' and ' + fmt(more) + ' opened' : '') + ' — search to show any other.';
      note.hidden = false;
    }
  }
  // with a date range, a node whose every edge lies outside it is hidden
  // (a node that has no edge at all stays: the range says nothing of it)
  function placeDates() {
    dateHidden = {};
    if (!dateFrom && !dateTo) { return; }
    data.nodes.forEach(function (n) {
      var ids = edgesOf[n.id];
      if (ids.length && !ids.some(function (eid) { return inRange(edgeById[eid]); })) {
        dateHidden[n.id] = true;
      }
    });
  }
  function applyFilters() {
    placeDates();
    nodes.update(nodes.getIds().map(function (id) {
      return { id: id, hidden: nodeHidden(nodeById[id]) };
    }));
    edges.update(edges.getIds().map(function (id) {
      var e = edgeById[id];
      return { id: id, hidden: !!hiddenRelations[e.rel] || !inRange(e) };
    }));
    updateStats();
  }
  var dateBox = document.getElementById('dates');
  var fromInput = document.getElementById('date-from');
  var toInput = document.getElementById('date-to');
  function setDates(from, to) {
    dateFrom = from || ''; dateTo = to || '';
    fromInput.value = dateFrom; toInput.value = dateTo;
    applyFilters();
  }
  if (data.period && data.period.length === 2) {
    dateBox.hidden = false;
    [fromInput, toInput].forEach(function (input) {
      input.min = data.period[0]; input.max = data.period[1];
      input.addEventListener('change', function () { setDates(fromInput.value, toInput.value); });
    });
    document.getElementById('date-reset').addEventListener('click', function () { setDates('', ''); });
  }
  function filterRow(kind, item, swatchColor) {
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset[kind] = item.name;
    box.addEventListener('change', function () {
      (kind === 'class' ? hiddenClasses : hiddenRelations)[item.name] = !box.checked;
      applyFilters();
    });
    var sw = el('span', kind === 'class' ? 'swatch' : 'swatch line');
    if (swatchColor) { sw.style.background = swatchColor; }
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(el('span', '', item.zh + ' ' + item.en));
    label.appendChild(el('span', 'count', item.count));
    return label;
  }
  var classFilter = document.getElementById('class-filter');
  data.classes.forEach(function (c) { classFilter.appendChild(filterRow('class', c, c.color)); });
  var relationFilter = document.getElementById('relation-filter');
  data.relations.forEach(function (r) { relationFilter.appendChild(filterRow('relation', r)); });
  updateStats();

  // ---- for tests and the browser console -------------------------------
  window.newskgViewer = {
    network: network, nodes: nodes, edges: edges, data: data,
    counts: visibleCounts, selectNode: selectNode, setDates: setDates,
    isShown: function (id) { return !!shown[id]; },
    reveal: function (id) { return reveal([id], true); },
    edgeMidpoint: function (id) {  // page coordinates of an edge's middle
      var e = edgeById[id];
      var pos = network.getPositions([e.from, e.to]);
      var dom = network.canvasToDOM({ x: (pos[e.from].x + pos[e.to].x) / 2,
                                      y: (pos[e.from].y + pos[e.to].y) / 2 });
      var rect = container.getBoundingClientRect();
      return { x: rect.left + dom.x, y: rect.top + dom.y };
    }
  };
  document.body.dataset.ready = 'true';
}());
