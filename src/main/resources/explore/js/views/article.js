// Article page: metadata and the cleaned text with each statement highlighted and labelled with its
// speaker, entity names marked, and the span given in the URL (&span=begin,end) scrolled into view.
import { el, show, viewLink, externalLink, localName, errorBox } from '../dom.js';
import { run, literal } from '../sparql.js';

export async function articleView(params) {
  const id = params.get('id');
  if (!id) throw new Error('no article given (#/article?id=…)');
  const [rows, statements, entities] = await Promise.all([
    run('article', { articleId: literal(id) }),
    run('article-statements', { articleId: literal(id) }),
    run('article-entities', { articleId: literal(id) }),
  ]);
  if (!rows.length) {
    document.title = 'No such article – newsgraph explorer';
    show(el('h1', {}, 'No article “', id, '”'));
    return;
  }
  const a = rows[0];
  document.title = (a.headline || id) + ' – newsgraph explorer';
  const facts = el('dl', { class: 'facts' });
  const fact = (k, v) => { if (v) facts.append(el('div', {}, el('dt', {}, k), el('dd', {}, v))); };
  fact('Identifier', id);
  fact('Published', a.date);
  fact('Outlet', a.outlet);
  fact('Authors', a.authors);
  if (a.url) fact('URL', externalLink(a.url, a.url));
  if (a.source) fact('Source', a.source.startsWith('file:') ? a.source : externalLink(a.source, a.source));
  fact('Statements', String(new Set(statements.map((s) => s.st)).size));
  const focus = parseSpan(params.get('span'));
  const text = el('div', { class: 'article-text', id: 'article-text' }, render(a.text || '', statements, entities, focus));
  const legend = el('p', { class: 'legend' }, el('mark', { class: 'st kind-direct' }, 'direct quote'), ' ',
    el('mark', { class: 'st kind-partial' }, 'partial quote'), ' ', el('mark', { class: 'st kind-reported' }, 'reported speech'), ' ',
    el('span', { class: 'ent' }, 'person, organisation or place'));
  show(el('h1', {}, a.headline || id), facts, legend, text,
    el('h2', {}, 'Statements in this article'), statementList(statements, id),
    el('p', { class: 'source' }, 'Queries: article.rq, article-statements.rq, article-entities.rq'));
  const target = text.querySelector('.focus');
  if (target) {
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
}

function parseSpan(s) {
  const m = /^(\d+),(\d+)$/.exec(s || '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** Where each statement's words sit: inside its evidence span when found there, else the whole span. */
function statementRanges(text, statements) {
  const seen = new Set();
  const out = [];
  for (const s of statements) {
    const key = s.st + '@' + s.begin;
    if (seen.has(key)) continue;
    seen.add(key);
    const b = Number(s.begin), e = Number(s.end);
    const at = s.words ? text.indexOf(s.words, b) : -1;
    const range = at >= 0 && at + s.words.length <= e ? [at, at + s.words.length] : [b, e];
    out.push({ b: range[0], e: range[1], s });
  }
  return out;
}

/** Every whole-word occurrence of each entity name. */
function entityRanges(text, entities) {
  const out = [];
  const names = [...new Set(entities.map((x) => x.name).filter((n) => n && n.length > 1))];
  for (const name of names) {
    let i = text.indexOf(name);
    while (i >= 0) {
      const before = text[i - 1], after = text[i + name.length];
      if (!(before && /\w/.test(before)) && !(after && /\w/.test(after)))
        out.push({ b: i, e: i + name.length, x: entities.find((x) => x.name === name) });
      i = text.indexOf(name, i + name.length);
    }
  }
  return out;
}

/** The text split at every range boundary; each piece is wrapped by what covers it. Text only. */
function render(text, statements, entities, focus) {
  const sts = statementRanges(text, statements);
  const ents = entityRanges(text, entities);
  const cuts = new Set([0, text.length]);
  for (const r of [...sts, ...ents]) { cuts.add(r.b); cuts.add(r.e); }
  if (focus) { cuts.add(Math.min(focus[0], text.length)); cuts.add(Math.min(focus[1], text.length)); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  const labelled = new Set();
  for (let k = 0; k + 1 < points.length; k++) {
    const b = points[k], e = points[k + 1];
    let node = document.createTextNode(text.slice(b, e));
    const ent = ents.find((r) => r.b <= b && e <= r.e);
    if (ent) node = el('span', { class: 'ent ent-' + localName(ent.x.type).toLowerCase(), title: localName(ent.x.type) + ': ' + ent.x.name }, node);
    const covering = sts.filter((r) => r.b <= b && e <= r.e);
    if (covering.length) {
      const r = covering[0];
      const who = r.s.speakerName || 'unknown speaker';
      node = el('mark', { class: 'st kind-' + r.s.kind.split(' ')[0], 'data-statement': r.s.st, 'data-speaker': who,
        title: covering.map((c) => (c.s.speakerName || 'unknown speaker') + ' – ' + c.s.kind + (c.s.cue ? ' (' + c.s.cue + ')' : '')).join('\n') }, node);
      if (!labelled.has(r)) {
        labelled.add(r);
        const label = r.s.speaker ? viewLink(who + ' ▸', 'speaker', { iri: r.s.speaker }, { class: 'speaker-label' })
          : el('span', { class: 'speaker-label' }, who + ' ▸');
        frag.append(label);
      }
    }
    if (focus && focus[0] <= b && e <= focus[1] && b < e) node = el('span', { class: 'focus' }, node);
    frag.append(node);
  }
  return frag;
}

function statementList(statements, id) {
  const list = el('ol', { class: 'statement-list' });
  const seen = new Set();
  for (const s of statements) {
    if (seen.has(s.st)) continue;
    seen.add(s.st);
    list.append(el('li', {}, s.speaker ? viewLink(s.speakerName || localName(s.speaker), 'speaker', { iri: s.speaker }) : 'unknown speaker',
      ' ', el('span', { class: 'kind' }, s.kind), s.cue ? [' (', s.cue, ')'] : null, ': ',
      el('q', {}, s.words), ' ', viewLink('show in text', 'article', { id, span: s.begin + ',' + s.end })));
  }
  if (!seen.size) list.append(el('li', {}, 'No statements.'));
  return list;
}
