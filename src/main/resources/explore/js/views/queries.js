// Saved queries: every query of queries/ with title and description; the link opens it pre-filled
// in the Fuseki query editor of the news dataset.
import { el, show, errorBox } from '../dom.js';

export async function queriesView() {
  document.title = 'Saved queries – newsgraph explorer';
  const r = await fetch('saved-queries.json');
  if (!r.ok) throw new Error('saved-queries.json: HTTP ' + r.status);
  const queries = await r.json();
  const list = el('ul', { class: 'queries', id: 'saved-queries' });
  for (const q of queries) {
    const href = '../#/dataset/news/query?query=' + encodeURIComponent(q.query);
    list.append(el('li', { 'data-query': q.name },
      el('h2', {}, el('a', { href, class: 'open-query' }, q.title)),
      el('p', {}, q.description),
      el('details', {}, el('summary', {}, 'SPARQL (', q.name, '.rq)'), el('pre', {}, q.query))));
  }
  show(el('h1', {}, 'Saved queries'),
    el('p', { class: 'lead' }, 'Each title opens the query in the Fuseki editor, ready to run and edit.'), list);
}
