// Speaker page: one person, organisation, place or anonymous source and every statement it made,
// grouped by the event it is about (else by article), each outlet's own wording side by side.
import { el, show, viewLink, externalLink, localName, errorBox } from '../dom.js';
import { run, iri } from '../sparql.js';

const PAGE = 50;
const TYPES = { Person: 'person', Organization: 'organisation', Place: 'place', AnonymousSource: 'anonymous source' };

export async function speakerView(params) {
  const agent = params.get('iri');
  if (!agent) throw new Error('no speaker given (#/speaker?iri=…)');
  const term = iri(agent);
  const rows = await run('speaker', { agent: term });
  const name = first(rows, 'name') || first(rows, 'description') || localName(agent);
  document.title = name + ' – newsgraph explorer';
  const types = uniq(rows.map((r) => TYPES[localName(r.type)] || localName(r.type)));
  const titles = uniq(rows.map((r) => r.title));
  const alts = uniq(rows.map((r) => r.alternateName));
  const wikidata = uniq(rows.map((r) => r.wikidata));
  const facts = el('dl', { class: 'facts' });
  const fact = (k, v) => facts.append(el('div', {}, el('dt', {}, k), el('dd', {}, v)));
  if (types.length) fact('Kind', types.join(', '));
  if (titles.length) fact('Titles', titles.join('; '));
  if (alts.length) fact('Also called', alts.join('; '));
  if (wikidata.length) fact('Wikidata', wikidata.map((w, i) => [i ? ', ' : '', externalLink(localName(w), w)]));
  fact('IRI', el('code', {}, agent));
  const statements = el('div', { id: 'statements' });
  const moreButton = el('button', { type: 'button', class: 'more', hidden: true }, 'More statements');
  show(el('h1', {}, name), facts, el('h2', {}, 'Statements'), statements, moreButton,
    el('p', { class: 'source' }, 'Queries: speaker.rq, speaker-statements.rq'));
  if (!rows.length) statements.append(el('p', {}, 'Nothing is known about this IRI.'));
  let offset = 0;
  const load = async () => {
    moreButton.disabled = true;
    try {
      const n = await fill(statements, term, offset);
      offset += PAGE;
      moreButton.hidden = n < PAGE;
    } catch (e) { statements.append(errorBox(e)); }
    moreButton.disabled = false;
  };
  moreButton.addEventListener('click', load);
  await load();
}

/** Loads one page of statements; returns how many statements it held. */
async function fill(box, term, offset) {
  const rows = await run('speaker-statements', { agent: term }, offset);
  const byStatement = new Map();
  for (const r of rows) {
    if (!byStatement.has(r.st)) byStatement.set(r.st, { st: r.st, event: null, eventName: null, reports: new Map() });
    const s = byStatement.get(r.st);
    if (r.event && (!s.event || r.event < s.event)) { s.event = r.event; s.eventName = r.eventName || localName(r.event); }
    const key = r.articleId;
    if (!s.reports.has(key)) s.reports.set(key, r);
  }
  const groups = new Map();
  for (const s of byStatement.values()) {
    const firstReport = s.reports.values().next().value;
    const key = s.event ? 'event:' + s.event : 'article:' + firstReport.articleId;
    const label = s.event ? ['About ', viewLink(s.eventName, 'events', { focus: s.event })]
      : ['In ', viewLink(firstReport.headline || firstReport.articleId, 'article', { id: firstReport.articleId })];
    if (!groups.has(key)) groups.set(key, { label, items: [] });
    groups.get(key).items.push(s);
  }
  if (!byStatement.size && !offset) box.append(el('p', {}, 'No statements.'));
  for (const g of groups.values()) {
    const section = el('section', { class: 'group' }, el('h3', {}, g.label));
    for (const s of g.items) section.append(statementCard(s));
    box.append(section);
  }
  return byStatement.size;
}

function statementCard(s) {
  const reports = [...s.reports.values()];
  const r0 = reports[0];
  const meta = [el('span', { class: 'kind kind-' + r0.kind.split(' ')[0] }, r0.kind)];
  const cues = uniq(reports.map((r) => r.cue));
  if (cues.length) meta.push(' · cue ', el('em', {}, cues.join(', ')));
  const to = uniq(reports.map((r) => r.statedTo));
  if (to.length) meta.push(' · to ', to.join(', '));
  const on = uniq(reports.map((r) => r.statedOn));
  if (on.length) meta.push(' · on ', el('time', { datetime: on[0] }, on.join(', ')));
  meta.push(' · ', reports.length === 1 ? '1 article' : reports.length + ' articles');
  const outlets = el('div', { class: 'outlets' });
  for (const r of reports) {
    const span = r.begin !== undefined ? r.begin + ',' + r.end : undefined;
    outlets.append(el('figure', { class: 'report', 'data-article': r.articleId },
      el('blockquote', {}, r.words),
      el('figcaption', {}, viewLink(r.outlet || r.headline || r.articleId, 'article', { id: r.articleId, span }),
        r.date ? el('span', { class: 'meta' }, r.date) : null)));
  }
  return el('article', { class: 'statement', 'data-statement': s.st }, el('p', { class: 'meta' }, meta), outlets);
}

function first(rows, key) {
  for (const r of rows) if (r[key]) return r[key];
  return null;
}

function uniq(values) {
  return [...new Set(values.filter((v) => v !== undefined && v !== null && v !== ''))];
}
