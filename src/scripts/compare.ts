/**
 * Progressive enhancement of a comparison page (everything works without it):
 * j/k for next/previous difference, copy a row's link, remember "hide unchanged rows",
 * show/hide all page furniture, open a collapsed group when a link targets a row inside it.
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
  const status = document.getElementById('compare-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const toolbarHeight = () => root.querySelector<HTMLElement>('.toolbar')?.getBoundingClientRect().height ?? 0;

  /** Opens the collapsed group holding `el`, if any. */
  const reveal = (el: Element | null) => {
    const details = el?.closest('details');
    if (details && !details.open) details.open = true;
  };

  const targetFromHash = () => {
    const raw = location.hash.slice(1);
    let id = raw;
    try {
      id = decodeURIComponent(raw);
    } catch {
      /* a malformed escape (`#%E0%A4%A`) names no row: look the fragment up as written */
    }
    return id ? document.getElementById(id) : null;
  };
  const onHash = () => {
    const target = targetFromHash();
    if (target && root.contains(target) && target.closest('details') && !target.closest('details')!.open) {
      reveal(target);
      target.scrollIntoView();
    }
  };
  window.addEventListener('hashchange', onHash);
  onHash();

  // Hide unchanged rows: the checkbox works by CSS; remember it.
  const hide = document.getElementById('hide-unchanged') as HTMLInputElement | null;
  if (hide) {
    if (stored(HIDE_KEY)) hide.checked = true;
    hide.addEventListener('change', () => store(HIDE_KEY, hide.checked));
  }

  // Page furniture: open or close every group at once; remember it.
  const furniture = document.getElementById('toggle-furniture') as HTMLButtonElement | null;
  if (furniture) {
    const groups = () => [...root.querySelectorAll<HTMLDetailsElement>('.group > details')];
    const set = (on: boolean) => {
      for (const d of groups()) d.open = on;
      furniture.setAttribute('aria-pressed', String(on));
      furniture.textContent = on ? 'Collapse page furniture' : 'Show all page furniture';
    };
    furniture.hidden = false;
    if (stored(FURNITURE_KEY)) set(true);
    furniture.addEventListener('click', () => {
      const on = furniture.getAttribute('aria-pressed') !== 'true';
      set(on);
      store(FURNITURE_KEY, on);
    });
  }
  window.addEventListener('beforeprint', () => {
    for (const d of root.querySelectorAll('details')) d.open = true;
  });

  // Next/previous difference, relative to the targeted row when it is on screen, else to the scroll position.
  const visible = (el: HTMLElement) => el.getClientRects().length > 0 || !!el.closest('details:not([open])');
  const stops = () => [...root.querySelectorAll<HTMLElement>('[data-stop]')].filter(visible);
  const onScreen = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    return r.bottom > toolbarHeight() && r.top < innerHeight;
  };
  function step(direction: 1 | -1): HTMLElement | null {
    const list = stops();
    const current = targetFromHash();
    if (current && root!.contains(current) && onScreen(current)) {
      const after = (el: HTMLElement) => current.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
      return direction === 1 ? (list.find((el) => after(el) && !current.contains(el)) ?? null) : ([...list].reverse().find((el) => !after(el) && el !== current) ?? null);
    }
    const line = toolbarHeight() + 8;
    return direction === 1
      ? (list.find((el) => el.getBoundingClientRect().top > line) ?? null)
      : ([...list].reverse().find((el) => el.getBoundingClientRect().top < line - 16) ?? null);
  }
  function go(el: HTMLElement | null, direction: 1 | -1) {
    if (!el) {
      say(direction === 1 ? 'No further difference' : 'No earlier difference');
      return;
    }
    if (location.hash === `#${el.id}`) el.scrollIntoView();
    else location.hash = el.id;
    el.focus({ preventScroll: true });
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const direction = link.dataset.nav === 'next' ? 1 : -1;
      go(step(direction), direction);
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const t = event.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      const direction = event.key === 'j' ? 1 : -1;
      go(step(direction), direction);
    }
  });

  // Copy a row's link: one button per row, added by the script (the number link works without it).
  const canCopy = !!navigator.clipboard;
  if (canCopy) {
    for (const link of root.querySelectorAll<HTMLAnchorElement>('.row-link')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-link';
      button.textContent = 'Copy';
      const row = link.closest('.row');
      button.setAttribute('aria-label', `Copy link to row ${link.textContent}`);
      button.addEventListener('click', async () => {
        const url = new URL(`#${row?.id}`, location.href).href;
        try {
          await navigator.clipboard.writeText(url);
          button.textContent = 'Copied';
          say(`Link to row ${link.textContent} copied`);
        } catch {
          say('Could not copy: use the row number link');
        }
        setTimeout(() => (button.textContent = 'Copy'), 1500);
      });
      link.after(button);
    }
  }
}

export {};
