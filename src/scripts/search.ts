/**
 * Search with Pagefind's index, on a static host: imports `pagefind/pagefind.js` (built by
 * `scripts/search-index.ts` after `astro build`) on this page only, searches as you type and for `?q=`, and renders
 * plain results (no inline styles, so it runs under the site's CSP). A result links to the
 * sentence of its first hit: Pagefind reports every element with an id (the account page's
 * sentences, `#s3`) and the word position of each hit.
 */
import * as pagefind from 'retold:pagefind';

type Result = pagefind.PagefindResult;

const form = document.querySelector<HTMLFormElement>('form.search-page');
const input = document.getElementById('search-query') as HTMLInputElement | null;
const statusEl = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;

/** The result's URL at the last anchor at or before its first hit. */
function hitUrl(r: Result): string {
  const first = Math.min(...r.locations);
  const anchor = (r.anchors ?? []).filter((a) => a.location <= first && /^s\d+$/.test(a.id)).pop();
  return anchor ? `${r.url}#${anchor.id}` : r.url;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

if (form && input) {
  let ready: Promise<void> | null = null;
  let latest = 0;
  async function run(term: string) {
    const ticket = ++latest;
    const q = term.trim();
    list.replaceChildren();
    statusEl.textContent = q ? 'Searching…' : '';
    if (!q) return;
    let found: Result[];
    try {
      await (ready ??= pagefind.init());
      const { results } = await pagefind.search(q);
      found = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    } catch {
      if (ticket === latest) statusEl.textContent = 'The search index could not be loaded (it is built by `npm run build`).';
      return;
    }
    if (ticket !== latest) return;
    statusEl.textContent = found.length ? `${found.length === 1 ? '1 result' : `${found.length} results`} for “${q}”` : `Nothing found for “${q}”`;
    list.replaceChildren(
      ...found.map((r) => {
        const li = el('li', '');
        const h = el('h2', 'font-serif text-xl');
        const a = el('a', 'search-result-link', r.meta.title ?? r.url);
        a.href = hitUrl(r);
        h.append(a);
        li.append(h);
        if (r.meta.outlet) li.append(el('p', 'text-sm text-muted', r.meta.outlet));
        const p = el('p', 'font-serif');
        // Pagefind's excerpt is the indexed text, HTML-escaped, with <mark> around the hits.
        p.innerHTML = r.excerpt;
        li.append(p);
        return li;
      }),
    );
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      void run(input.value);
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    void run(q);
  }
  input.focus();
}

export {};
