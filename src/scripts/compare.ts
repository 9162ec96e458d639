/**
 * Progressive enhancement of a comparison page (everything works without it):
 * j/k for next/previous difference, a "Copy link" button on the targeted row, "Swap sides" that
 * keeps the targeted row, remember "hide unchanged rows" and "show all folded rows", open a folded
 * group when a link targets a row inside it, open every group for print.
 */
const root = document.querySelector<HTMLElement>('.compare');
const HIDE_KEY = 'retold:hide-unchanged';
const FURNITURE_KEY = 'retold:show-furniture';

function store(key: string, on: boolean) {
  try {
    if (on) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    /* storage unavailable: the toggle still works for this page */
  }
}
const stored = (key: string) => {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
};

if (root) {
  const $ = (id: string) => document.getElementById(id);
  const status = $('compare-status')!;
  const say = (text: string) => (status.textContent = text);
  const toolbarHeight = () => root.querySelector('.toolbar')!.getBoundingClientRect().height;
  const groups = () => root.querySelectorAll<HTMLDetailsElement>('.group > details');
  const target = () => {
    const raw = location.hash.slice(1);
    let id = raw;
    try {
      id = decodeURIComponent(raw);
    } catch {
      /* a malformed escape (`#%E0%A4%A`) names no row: look the fragment up as written */
    }
    const el = id ? $(id) : null;
    return el && root.contains(el) ? el : null;
  };

  // One "Copy link" button, on the targeted row (a row number is its link; this copies it).
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'copy-link';
  copy.textContent = 'Copy link';
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      say('Link copied');
    } catch {
      say('Could not copy: use the address bar');
    }
  });
  const swap = root.querySelector<HTMLAnchorElement>('.swap-link');
  const swapBase = swap?.getAttribute('href');

  const onHash = () => {
    const el = target();
    for (let p = el?.parentElement?.closest('details'); p; p = p.parentElement?.closest('details')) p.open = true;
    if (el?.closest('details')) el.scrollIntoView();
    // "Swap sides" keeps the place: the targeted row's (or group's first row's) swapped link.
    const there = el?.querySelector<HTMLAnchorElement>('.row-nav a[href^="../"]');
    if (swap && swapBase) swap.setAttribute('href', there?.getAttribute('href') ?? swapBase);
    if (el?.matches('.row') && navigator.clipboard) el.querySelector('.gutter')!.append(copy);
    else copy.remove();
  };
  addEventListener('hashchange', onHash);
  onHash();

  const hide = $('hide-unchanged') as HTMLInputElement;
  if (stored(HIDE_KEY)) hide.checked = true;
  hide.addEventListener('change', () => store(HIDE_KEY, hide.checked));

  const furniture = $('toggle-furniture');
  if (furniture) {
    const set = (on: boolean) => {
      for (const d of groups()) d.open = on;
      furniture.setAttribute('aria-pressed', String(on));
      furniture.textContent = on ? 'Fold rows again' : 'Show all folded rows';
    };
    furniture.hidden = false;
    if (stored(FURNITURE_KEY)) set(true);
    furniture.addEventListener('click', () => {
      const on = furniture.getAttribute('aria-pressed') !== 'true';
      set(on);
      store(FURNITURE_KEY, on);
    });
  }
  addEventListener('beforeprint', () => {
    for (const d of root.querySelectorAll('details')) d.open = true;
  });

  // Next/previous difference, relative to the targeted row when it is on screen, else to the scroll position.
  const stops = () => [...root.querySelectorAll<HTMLElement>('[data-stop]')].filter((el) => el.getClientRects().length > 0);
  function step(direction: 1 | -1): HTMLElement | undefined {
    const list = stops();
    const current = target();
    const r = current?.getBoundingClientRect();
    if (current && r && r.bottom > toolbarHeight() && r.top < innerHeight) {
      const after = (el: HTMLElement) => current.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
      return direction === 1 ? list.find((el) => after(el) && !current.contains(el)) : list.reverse().find((el) => !after(el) && el !== current);
    }
    const line = toolbarHeight() + 8;
    return direction === 1 ? list.find((el) => el.getBoundingClientRect().top > line) : list.reverse().find((el) => el.getBoundingClientRect().top < line - 16);
  }
  function go(direction: 1 | -1) {
    const el = step(direction);
    if (!el) return say(direction === 1 ? 'No further difference' : 'No earlier difference');
    if (location.hash === `#${el.id}`) el.scrollIntoView();
    else location.hash = el.id;
    el.tabIndex = -1;
    el.focus({ preventScroll: true });
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-nav]'))
    link.addEventListener('click', (event) => {
      event.preventDefault();
      go(link.dataset.nav === 'next' ? 1 : -1);
    });
  document.addEventListener('keydown', (event) => {
    const t = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      go(event.key === 'j' ? 1 : -1);
    }
  });
}

export {};
