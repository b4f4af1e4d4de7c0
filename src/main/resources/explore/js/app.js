// Hash router: #/ (start), #/speaker?iri=, #/article?id=&span=b,e, #/events, #/queries.
// Every URL is bookmarkable. When a view has rendered, <body data-ready="view"> is set (tests wait on it)
// and window.__renderMs holds how long it took.
import { show, errorBox } from './dom.js';
import { startView } from './views/start.js';
import { speakerView } from './views/speaker.js';
import { articleView } from './views/article.js';
import { eventsView } from './views/events.js';
import { queriesView } from './views/queries.js';

const VIEWS = { '': startView, speaker: speakerView, article: articleView, events: eventsView, queries: queriesView };

async function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [name, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const view = VIEWS[name];
  const t0 = performance.now();
  delete document.body.dataset.ready;
  document.body.dataset.view = name || 'start';
  if (!view) {
    document.title = 'Not found – newsgraph explorer';
    show(errorBox('no view named "' + name + '"'));
    document.body.dataset.ready = 'none';
    return;
  }
  try {
    await view(params);
  } catch (e) {
    show(errorBox(e));
  }
  // Render time of this view, and on the first one the time since the page was requested.
  window.__renderMs = performance.now() - t0;
  if (window.__firstReadyMs === undefined) window.__firstReadyMs = performance.now();
  document.body.dataset.ready = name || 'start';
  const main = document.getElementById('main');
  if (!params.has('span') && route.count++ > 0) main.focus({ preventScroll: true });
}
route.count = 0;

document.getElementById('skip').addEventListener('click', (e) => {
  e.preventDefault();
  document.getElementById('main').focus();
});
window.addEventListener('hashchange', route);
route();
