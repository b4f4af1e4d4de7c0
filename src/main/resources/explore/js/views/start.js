// Start page: corpus summary, search over people/organisations/events, top speakers, articles.
import { el, show, viewLink, viewHref, errorBox } from '../dom.js';
import { run, literal } from '../sparql.js';

const PAGE = 20;

export async function startView(params) {
  document.title = 'newsgraph explorer';
  const q = params.get('q') || '';
  const summary = el('section', { 'aria-labelledby': 'h-summary' }, el('h2', { id: 'h-summary' }, 'Corpus'), el('p', {}, 'Counting…'));
  const input = el('input', { type: 'search', id: 'search', name: 'q', value: q, placeholder: 'e.g. Waltz, CIA, meeting' });
  const form = el('form', { role: 'search', class: 'search' },
    el('label', { for: 'search' }, 'Search people, organisations and events '), input, el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => { e.preventDefault(); location.hash = viewHref('', { q: input.value.trim() }); });
  const results = el('div', { id: 'search-results' });
  const speakers = el('ol', { id: 'top-speakers', class: 'counted' });
  const articles = el('ul', { id: 'articles' });
  show(el('h1', {}, 'newsgraph explorer'),
    el('p', { class: 'lead' }, 'Who said what in the corpus, the articles with their quotes highlighted, the events and how they are linked. ',
      viewLink('Events and their chain', 'events'), ' · ', viewLink('Saved queries', 'queries')),
    form, results, summary,
    el('div', { class: 'columns' },
      el('section', { 'aria-labelledby': 'h-speakers' }, el('h2', { id: 'h-speakers' }, 'Top speakers'), speakers,
        more(speakers, (offset) => fillSpeakers(speakers, offset))),
      el('section', { 'aria-labelledby': 'h-articles' }, el('h2', { id: 'h-articles' }, 'Articles'), articles,
        more(articles, (offset) => fillArticles(articles, offset)))));
  const jobs = [fillSpeakers(speakers, 0), fillArticles(articles, 0)];
  if (q) jobs.push(search(results, q));
  await Promise.all(jobs);
  // The counts scan the whole corpus: they fill in afterwards instead of competing with the lists.
  fillSummary(summary);
}

/** A "more" button that loads the next page into list. */
function more(list, load) {
  const b = el('button', { type: 'button', class: 'more' }, 'More');
  b.addEventListener('click', async () => {
    b.disabled = true;
    const n = await load(list.children.length);
    b.disabled = n < PAGE;
  });
  return b;
}

async function fillSummary(section) {
  try {
    // The statistics graph of the last build or load; a database without one is counted live.
    let rows = await run('summary');
    if (!rows.length) rows = await run('summary-live');
    const [r] = rows;
    const dates = r.firstDate ? (r.firstDate === r.lastDate ? r.firstDate : r.firstDate + ' to ' + r.lastDate) : 'no dates stated';
    const dl = el('dl', { class: 'summary' });
    for (const [k, v] of [['Articles', r.articles], ['Outlets', r.outlets], ['Published', dates], ['People', r.people],
      ['Organisations', r.organisations], ['Statements', r.statements], ['Events', r.events]])
      dl.append(el('div', {}, el('dt', {}, k), el('dd', {}, v)));
    section.replaceChildren(section.firstChild, dl);
  } catch (e) { section.replaceChildren(section.firstChild, errorBox(e)); }
}

async function fillSpeakers(list, offset) {
  try {
    // Ranked by the statistics graph; a database without one is counted live (slow on a large corpus).
    let rows = await run(list.dataset.query || 'top-speakers', {}, offset);
    if (!rows.length && !offset && !list.dataset.query) {
      list.dataset.query = 'top-speakers-live';
      rows = await run('top-speakers-live', {}, 0);
    }
    for (const r of rows)
      list.append(el('li', {}, viewLink(r.name, 'speaker', { iri: r.speaker }), ' ',
        el('span', { class: 'count' }, r.statements + (r.statements === '1' ? ' statement' : ' statements'))));
    if (!rows.length && !offset) list.append(el('li', {}, 'No statements in the database.'));
    return rows.length;
  } catch (e) { list.append(el('li', {}, errorBox(e))); return 0; }
}

async function fillArticles(list, offset) {
  try {
    const all = await run('articles', {}, offset);
    const rows = all.filter((r, i) => !all.slice(0, i).some((o) => o.articleId === r.articleId)); // one line per article
    for (const r of rows)
      list.append(el('li', {}, viewLink(r.headline || r.articleId, 'article', { id: r.articleId }),
        el('span', { class: 'meta' }, [r.outlet, r.date].filter(Boolean).join(', '))));
    if (!rows.length && !offset) list.append(el('li', {}, 'No articles in the database.'));
    return rows.length;
  } catch (e) { list.append(el('li', {}, errorBox(e))); return 0; }
}

async function search(box, q) {
  try {
    const rows = await run('search', { q: literal(q) });
    const list = el('ul', { class: 'results' });
    for (const r of rows)
      list.append(el('li', {}, el('span', { class: 'kind' }, r.kind), ' ',
        r.kind === 'event' ? viewLink(r.name, 'events', { focus: r.item }) : viewLink(r.name, 'speaker', { iri: r.item })));
    box.replaceChildren(el('h2', {}, 'Results for “', q, '”'), rows.length ? list : el('p', {}, 'Nothing found.'));
  } catch (e) { box.replaceChildren(errorBox(e)); }
}
