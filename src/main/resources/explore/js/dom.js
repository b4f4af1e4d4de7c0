// DOM helpers. Data from articles is untrusted: it only ever enters the page as text nodes or
// attribute values set through the DOM API, never as markup, and links from data are http(s) only.

/** Creates an element; string/number children become text nodes, null/false children are skipped. */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** The URL when it is an absolute http(s) URL, else null (javascript:, data:, relative … are refused). */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  let u;
  try { u = new URL(url); } catch (e) { return null; }
  return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
}

/** A link to an external URL from the data, or plain text when the URL is not http(s). */
export function externalLink(text, url) {
  const href = safeHref(url);
  return href ? el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, text) : el('span', {}, text);
}

/** An in-explorer link: view name plus query parameters, e.g. view('speaker', {iri}). */
export function viewHref(name, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return '#/' + name + (s ? '?' + s : '');
}

export function viewLink(text, name, params, attrs) {
  return el('a', Object.assign({ href: viewHref(name, params) }, attrs || {}), text);
}

/** Replaces the main area's content. */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  return main;
}

export function localName(iri) {
  const s = String(iri || '');
  return s.slice(Math.max(s.lastIndexOf('#'), s.lastIndexOf('/')) + 1);
}

export function errorBox(err) {
  return el('p', { class: 'error', role: 'alert' }, 'Could not load: ' + (err && err.message ? err.message : err));
}
