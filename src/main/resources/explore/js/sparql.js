// The explorer's only data access: the named queries of ../sparql/*.rq (the one place they live;
// a JUnit test parses and runs each), parameters bound by replacing their "VALUES ?x { … }" line,
// pages chosen by replacing the first "OFFSET 0", run read-only against /news/sparql.

const ENDPOINT = '../news/sparql';
const cache = new Map();

export async function load(name) {
  if (!cache.has(name)) {
    cache.set(name, fetch('sparql/' + name + '.rq').then((r) => {
      if (!r.ok) throw new Error('query ' + name + ': HTTP ' + r.status);
      return r.text();
    }));
  }
  return cache.get(name);
}

/** A SPARQL string literal for any text. */
export function literal(s) {
  return '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

/** A SPARQL IRI term; refuses anything that is not a plain absolute IRI. */
export function iri(s) {
  const v = String(s);
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^<>"{}|^`\\\u0000-\u0020]*$/.test(v)) throw new Error('not an IRI: ' + v);
  return '<' + v + '>';
}

/** Binds ?var by rewriting the query's "VALUES ?var { … }" lines to the given SPARQL term. */
export function bind(text, name, term) {
  const re = new RegExp('VALUES \\?' + name + ' \\{[^}]*\\}', 'g');
  if (!re.test(text)) throw new Error('query has no VALUES ?' + name);
  return text.replace(re, 'VALUES ?' + name + ' { ' + term.replace(/\$/g, '$$$$') + ' }');
}

export function page(text, offset) {
  return offset ? text.replace('OFFSET 0', 'OFFSET ' + Math.max(0, Math.floor(offset))) : text;
}

/** Runs a named query with bindings {var: term} and returns rows of {var: value} (lexical forms). */
export async function run(name, bindings, offset) {
  let text = await load(name);
  for (const [k, term] of Object.entries(bindings || {})) text = bind(text, k, term);
  text = page(text, offset || 0);
  const r = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
    body: new URLSearchParams({ query: text }),
  });
  if (!r.ok) throw new Error('query ' + name + ': HTTP ' + r.status);
  const json = await r.json();
  return json.results.bindings.map((b) => {
    const row = {};
    for (const [k, v] of Object.entries(b)) row[k] = v.value;
    return row;
  });
}
