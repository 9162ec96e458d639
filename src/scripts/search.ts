/**
 * Search with Pagefind's index, on a static host: loads `pagefind/pagefind.js` (built by
 * `pagefind --site dist`) only on this page, searches as you type and for `?q=`, and renders
 * plain results (no inline styles, so it runs under the site's CSP).
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form.search-page');
const input = document.getElementById('search-query') as HTMLInputElement | null;
const statusEl = document.getElementById('search-status');
const list = document.getElementById('search-results');

if (form && input && statusEl && list) {
  let pagefind: Promise<Pagefind> | null = null;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`).then(async (mod: Pagefind) => {
      await mod.init();
      return mod;
    }));

  let latest = 0;
  async function run(term: string) {
    const ticket = ++latest;
    const q = term.trim();
    if (!q) {
      list!.replaceChildren();
      statusEl!.textContent = '';
      return;
    }
    statusEl!.textContent = 'Searching…';
    let found: PagefindResultData[];
    try {
      const pf = await load();
      const { results } = await pf.search(q);
      found = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    } catch {
      if (ticket === latest) statusEl!.textContent = 'The search index could not be loaded (it is built by `npm run build`).';
      return;
    }
    if (ticket !== latest) return;
    statusEl!.textContent = found.length ? `${found.length === 1 ? '1 result' : `${found.length} results`} for “${q}”` : `Nothing found for “${q}”`;
    list!.replaceChildren(
      ...found.map((r) => {
        const li = document.createElement('li');
        const h = document.createElement('h2');
        h.className = 'font-serif text-xl';
        const a = document.createElement('a');
        a.href = r.url;
        a.className = 'search-result-link';
        a.textContent = r.meta.title ?? r.url;
        h.append(a);
        li.append(h);
        if (r.meta.outlet) {
          const meta = document.createElement('p');
          meta.className = 'text-sm text-muted';
          meta.textContent = r.meta.outlet;
          li.append(meta);
        }
        const p = document.createElement('p');
        p.className = 'font-serif';
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
