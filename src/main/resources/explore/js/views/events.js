// Events: a timeline of dated events, the undated ones listed beside it, and the event chain as an
// SVG graph (events as nodes, ledTo/precedes as labelled arrows). Hovering or focusing an arrow
// shows the cue, the evidence sentence and the asserting articles.
import { el, show, viewLink, localName, errorBox } from '../dom.js';
import { run, iri } from '../sparql.js';

const SVG = 'http://www.w3.org/2000/svg';
const EVENTS_PAGE = 200; // the LIMIT of events.rq
const COL = 300, ROW = 110, NODE_W = 210, NODE_H = 64;

export async function eventsView(params) {
  document.title = 'Events – newsgraph explorer';
  const focusEvent = params.get('focus');
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  // Counts from the statistics graph; a database without one is counted live (slow on a large corpus).
  let events = await run('events', {}, offset);
  if (!events.length && !offset) events = await run('events-live', {}, 0);
  // Only the links of this page's events: the chain of a large corpus is drawn a page at a time.
  let links = events.length ? await run('event-links', { event: events.map((e) => iri(e.event)).join(' ') }) : [];
  const pageLinks = links.length > 0;
  if (!pageLinks) links = await run('event-links');      // none on this page: some of the corpus's
  links.sort((a, b) => (a.from + a.to + a.relation + a.articleId).localeCompare(b.from + b.to + b.relation + b.articleId));
  const dated = events.filter((e) => e.date);
  const undated = events.filter((e) => !e.date);
  const details = el('div', { id: 'link-details', class: 'details', 'aria-live': 'polite' },
    el('p', {}, 'Hover over or focus an arrow (Tab) to see who asserts the link and how.'));
  show(el('h1', {}, 'Events'),
    el('div', { class: 'columns' },
      el('section', { 'aria-labelledby': 'h-timeline' }, el('h2', { id: 'h-timeline' }, 'Timeline'),
        dated.length ? timeline(dated, focusEvent) : el('p', {}, 'No event has a stated date.')),
      el('section', { 'aria-labelledby': 'h-undated' }, el('h2', { id: 'h-undated' }, 'Undated events'),
        eventList(undated, focusEvent))),
    pager(offset, events.length),
    el('section', { 'aria-labelledby': 'h-chain' }, el('h2', { id: 'h-chain' }, 'Event chain'),
      links.length ? chart(links) : el('p', {}, 'No links between events.'), details,
      links.length && !pageLinks ? el('p', { class: 'meta' }, 'No link involves the events of this page; showing links from the whole corpus'
        + (links.length >= 300 ? ' (the first 300 assertions).' : '.')) : null,
      links.length >= 300 && pageLinks ? el('p', { class: 'meta' }, 'Showing the first 300 link assertions.') : null),
    el('p', { class: 'source' }, 'Queries: events.rq (events-live.rq without statistics), event-links.rq'));
  const f = focusEvent && document.querySelector('[data-event="' + CSS.escape(focusEvent) + '"]');
  if (f) { f.classList.add('focus'); f.scrollIntoView({ block: 'center' }); }
}

/** Previous/next links over the events, EVENTS_PAGE at a time (bookmarkable: #/events?offset=N). */
function pager(offset, count) {
  if (!offset && count < EVENTS_PAGE) return null;
  return el('nav', { class: 'pager', 'aria-label': 'Event pages' },
    offset ? viewLink('← previous ' + EVENTS_PAGE, 'events', { offset: Math.max(0, offset - EVENTS_PAGE) || undefined }) : null, ' ',
    el('span', { class: 'meta' }, 'events ' + (offset + 1) + '–' + (offset + count)), ' ',
    count === EVENTS_PAGE ? viewLink('next ' + EVENTS_PAGE + ' →', 'events', { offset: offset + EVENTS_PAGE }) : null);
}

function eventLine(e, focusEvent) {
  return el('li', { 'data-event': e.event, class: e.event === focusEvent ? 'focus' : null },
    el('span', { class: 'kind' }, localName(e.type || 'Event')), ' ', e.name || localName(e.event), ' ',
    el('span', { class: 'meta' }, (e.articles || '0') + (e.articles === '1' ? ' article' : ' articles'),
      e.firstReported ? ', first reported ' + e.firstReported : ''));
}

function timeline(dated, focusEvent) {
  const list = el('ol', { class: 'timeline' });
  for (const e of dated)
    list.append(el('li', { 'data-event': e.event }, el('time', { datetime: e.date }, e.date), ' ', [...eventLine(e, focusEvent).childNodes]));
  return list;
}

function eventList(events, focusEvent) {
  const list = el('ul', { class: 'events' });
  for (const e of events) list.append(eventLine(e, focusEvent));
  if (!events.length) list.append(el('li', {}, 'None.'));
  return list;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/** Links grouped as (from, relation, to) edges; nodes laid out in columns by longest path from a source. */
function chart(rows) {
  const nodes = new Map();
  const edges = new Map();
  for (const r of rows) {
    nodes.set(r.from, r.fromName || localName(r.from));
    nodes.set(r.to, r.toName || localName(r.to));
    const key = r.from + ' ' + r.relation + ' ' + r.to;
    if (!edges.has(key)) edges.set(key, { from: r.from, to: r.to, relation: r.relation, claims: [] });
    edges.get(key).claims.push(r);
  }
  const layer = new Map([...nodes.keys()].map((n) => [n, 0]));
  for (let pass = 0; pass < nodes.size; pass++) {
    let changed = false;
    for (const e of edges.values())
      if (e.from !== e.to && layer.get(e.to) < layer.get(e.from) + 1 && layer.get(e.from) + 1 < nodes.size) {
        layer.set(e.to, layer.get(e.from) + 1);
        changed = true;
      }
    if (!changed) break;
  }
  const rowsPerLayer = new Map();
  const pos = new Map();
  for (const [n] of [...nodes].sort((x, y) => x[1].localeCompare(y[1]))) {
    const l = layer.get(n);
    const row = rowsPerLayer.get(l) || 0;
    rowsPerLayer.set(l, row + 1);
    pos.set(n, { x: 20 + l * COL, y: 30 + row * ROW });
  }
  const width = 40 + (Math.max(...layer.values()) + 1) * COL;
  const height = 60 + Math.max(...rowsPerLayer.values()) * ROW;
  const root = svg('svg', { viewBox: `0 -70 ${width} ${height + 70}`, width, height: height + 70, role: 'group', 'aria-label': 'Event chain graph', class: 'chain' },
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }))));
  let i = 0;
  for (const e of edges.values()) root.append(edge(e, pos, nodes, i++, edges.size));
  for (const [n, name] of nodes) {
    const p = pos.get(n);
    const lines = wrap(name, 28);
    root.append(svg('g', { class: 'node', 'data-event': n },
      svg('title', {}, name),
      svg('rect', { x: p.x, y: p.y, width: NODE_W, height: NODE_H, rx: 8 }),
      ...lines.slice(0, 3).map((line, k) => svg('text', { x: p.x + 10, y: p.y + 20 + k * 17 }, line))));
  }
  return el('div', { class: 'chart' }, root);
}

function edge(e, pos, nodes, index, count) {
  const a = pos.get(e.from), b = pos.get(e.to);
  const x1 = a.x + NODE_W, y1 = a.y + NODE_H / 2, x2 = b.x, y2 = b.y + NODE_H / 2;
  // Arrows that skip a column or go backwards arc above the nodes in between.
  const skips = b.x <= a.x || b.x - a.x > COL * 1.5;
  const bend = (skips ? 70 + Math.abs(b.x - a.x) / COL * 20 : 0) + (index % 3) * 12;
  const mx = (x1 + x2) / 2, my = (y1 + y2) / 2 - bend;
  const d = `M ${x1} ${y1} Q ${mx} ${my} ${x2} ${y2}`;
  const articles = [...new Set(e.claims.map((c) => c.articleId))];
  const cues = [...new Set(e.claims.map((c) => c.cue).filter(Boolean))];
  const summary = nodes.get(e.from) + ' ' + e.relation + ' ' + nodes.get(e.to) + '; cue: ' + (cues.join(', ') || 'none')
    + '; asserted by ' + articles.join(', ');
  const g = svg('g', { class: 'link link-' + e.relation, tabindex: 0, role: 'button', 'aria-label': summary,
    'data-relation': e.relation, 'data-from': e.from, 'data-to': e.to },
    svg('title', {}, summary),
    svg('path', { d, class: 'hit' }),
    svg('path', { d, class: 'line', 'marker-end': 'url(#arrow)' }),
    svg('text', { x: mx, y: (y1 + y2) / 2 - bend / 2 - 6, 'text-anchor': 'middle', class: 'label' }, e.relation));
  const showDetails = () => {
    const box = document.getElementById('link-details');
    const list = el('ul', {});
    for (const c of e.claims)
      list.append(el('li', {}, viewLink(c.articleId, 'article', { id: c.articleId, span: c.begin ? c.begin + ',' + c.end : undefined }),
        c.cue ? [' – cue “', c.cue, '”'] : ' – no cue recorded', c.evidence ? [': ', el('q', {}, c.evidence)] : null));
    box.replaceChildren(el('h3', {}, nodes.get(e.from), ' → ', e.relation, ' → ', nodes.get(e.to)), list);
  };
  g.addEventListener('mouseenter', showDetails);
  g.addEventListener('focus', showDetails);
  g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); showDetails(); } });
  return g;
}

function wrap(text, width) {
  const out = [];
  let line = '';
  for (const w of String(text).split(/\s+/)) {
    if (line && (line + ' ' + w).length > width) { out.push(line); line = w; } else line = line ? line + ' ' + w : w;
  }
  if (line) out.push(line);
  if (out.length > 3) out[2] = out[2].slice(0, width - 1) + '…';
  return out;
}
