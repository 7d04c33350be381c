/**
 * The reading page's one script, and it is optional: without it, claim
 * markers and links select through :target, margin notes are placed by CSS,
 * and attributions open under their paragraphs on phones. The script adds
 * what CSS cannot do: selecting without a jump, hover and focus linking,
 * j/k/Esc, and the speaker filter kept in the address (?by=).
 */
const root = document.documentElement;
const reading = document.querySelector<HTMLElement>('.reading');
const body = document.querySelector<HTMLElement>('[data-reading-body]');
const aside = document.querySelector<HTMLElement>('.attributions');

if (reading && body && aside) {
  const claims = [...body.querySelectorAll<HTMLElement>('[data-claim]')];
  const byId = new Map(claims.map((c) => [c.dataset.claim!, c]));
  const entries = new Map([...aside.querySelectorAll<HTMLElement>('[data-attribution]')].map((e) => [e.dataset.attribution!, e]));
  let selected: string | null = null;

  const motion = (): ScrollBehavior => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
  const inView = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  };
  const markOf = (id: string) => byId.get(id)?.querySelector<HTMLElement>(':scope > .claim-mark') ?? null;

  const setAddress = (id: string | null) => {
    const url = new URL(location.href);
    url.hash = id ?? '';
    history.replaceState(history.state, '', id ? url : url.pathname + url.search);
  };

  function select(id: string | null, { address = true, reveal = true } = {}) {
    if (selected) {
      byId.get(selected)?.classList.remove('is-selected');
      entries.get(selected)?.classList.remove('is-selected');
    }
    selected = id && byId.has(id) ? id : null;
    if (address) setAddress(selected);
    if (!selected) return;
    byId.get(selected)!.classList.add('is-selected');
    const entry = entries.get(selected);
    entry?.classList.add('is-selected');
    // The entry opens beside or under its claim; bring it in only if it is not already in view.
    if (reveal && entry && !inView(entry)) requestAnimationFrame(() => entry.scrollIntoView({ block: 'nearest', behavior: motion() }));
  }

  function fromHash() {
    const hash = decodeURIComponent(location.hash.slice(1));
    // An old id of an edited claim names the claim it became.
    const alias = hash ? body!.querySelector<HTMLElement>(`[data-alias-of][id="${CSS.escape(hash)}"]`)?.dataset.aliasOf : undefined;
    const id = alias ?? (hash.startsWith('attribution-') ? hash.slice('attribution-'.length) : hash);
    select(byId.has(id) ? id : null, { address: false, reveal: false });
  }

  /** A click on a claim or its marker selects it; links inside a claim stay links. */
  body.addEventListener('click', (event) => {
    const target = event.target as Element;
    const link = target.closest('a');
    if (link && !link.classList.contains('claim-mark')) return;
    const claim = target.closest<HTMLElement>('[data-claim]');
    if (!claim) return;
    event.preventDefault();
    const id = claim.dataset.claim!;
    if (selected === id && !link) {
      select(null);
      return;
    }
    select(id);
    // From the keyboard, follow the marker to the attribution, as the link would.
    if (link && (event as MouseEvent).detail === 0) entries.get(id)?.focus();
  });

  /** "Copy link": the system share sheet where there is one, else the clipboard; the link itself is the fallback. */
  const status = aside.querySelector<HTMLElement>('.share-status');
  let statusTimer = 0;
  async function share(link: HTMLAnchorElement): Promise<boolean> {
    const url = link.href;
    const title = document.title;
    try {
      if (navigator.share && matchMedia('(pointer: coarse)').matches) {
        await navigator.share({ url, title });
        return true;
      }
      await navigator.clipboard.writeText(url);
    } catch (error) {
      // A dismissed share sheet is an answer, not a failure.
      return (error as DOMException).name === 'AbortError';
    }
    link.dataset.state = 'copied';
    if (status) {
      status.textContent = `Link copied: ${link.getAttribute('aria-label')?.replace(/^Link to /, '')}`;
      clearTimeout(statusTimer);
      statusTimer = window.setTimeout(() => {
        status.textContent = '';
        delete link.dataset.state;
      }, 2500);
    }
    return true;
  }

  aside.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    if (link.hasAttribute('data-share')) {
      const mouse = event as MouseEvent;
      if (mouse.button !== 0 || mouse.metaKey || mouse.ctrlKey || mouse.shiftKey) return;
      event.preventDefault();
      void share(link).then((done) => {
        if (!done) location.href = link.href;
      });
      return;
    }
    if (link.classList.contains('entry-close')) {
      event.preventDefault();
      const id = selected;
      select(null);
      if (id) markOf(id)?.focus({ preventScroll: true });
      return;
    }
    const id = (link.getAttribute('href') ?? '').slice(1);
    if (!link.getAttribute('href')?.startsWith('#') || !byId.has(id)) return;
    event.preventDefault();
    select(id, { reveal: false });
    const claim = byId.get(id)!;
    if (!inView(claim)) claim.scrollIntoView({ block: 'center', behavior: motion() });
    markOf(id)?.focus({ preventScroll: true });
  });

  /** Hovering or focusing one side lights up the other. */
  const link = (id: string | undefined, on: boolean) => {
    if (!id) return;
    byId.get(id)?.classList.toggle('is-linked', on);
    entries.get(id)?.classList.toggle('is-linked', on);
  };
  const idFrom = (target: EventTarget | null) => {
    const el = target instanceof Element ? target : null;
    return el?.closest<HTMLElement>('[data-claim]')?.dataset.claim ?? el?.closest<HTMLElement>('[data-attribution]')?.dataset.attribution;
  };
  for (const [over, out] of [
    ['mouseover', 'mouseout'],
    ['focusin', 'focusout'],
  ] as const) {
    reading.addEventListener(over, (e) => link(idFrom(e.target), true));
    reading.addEventListener(out, (e) => link(idFrom(e.target), false));
  }

  /** j and k move through the claims, Escape clears the selection. */
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
    const t = event.target as HTMLElement;
    if (t.closest('input, select, textarea, [contenteditable]')) return;
    if (event.key === 'Escape') {
      if (!selected) return;
      const id = selected;
      select(null);
      if (aside.contains(document.activeElement)) markOf(id)?.focus({ preventScroll: true });
      return;
    }
    if (event.key !== 'j' && event.key !== 'k') return;
    const visible = claims.filter((c) => !c.classList.contains('is-dimmed'));
    if (!visible.length) return;
    let index = selected ? visible.findIndex((c) => c.dataset.claim === selected) : -1;
    if (index < 0) {
      // Start from what is on screen.
      const first = visible.findIndex((c) => c.getBoundingClientRect().bottom > 0);
      index = event.key === 'j' ? first - 1 : Math.max(first, 0) + 1;
    }
    index = Math.min(visible.length - 1, Math.max(0, index + (event.key === 'j' ? 1 : -1)));
    const next = visible[index]!;
    event.preventDefault();
    select(next.dataset.claim!, { reveal: false });
    markOf(next.dataset.claim!)?.focus({ preventScroll: true });
    // Its attribution is beside it, or (on phones) kept in view under it by CSS.
    if (!inView(next)) next.scrollIntoView({ block: 'center', behavior: motion() });
  });

  /** The speaker filter: other voices dimmed, kept in the address as ?by=, and said in words above the text. */
  const form = reading.querySelector<HTMLFormElement>('.filter');
  const choice = form?.querySelector('select');
  const filterStatus = reading.querySelector<HTMLElement>('.filter-status');
  function filter(by: string | null) {
    for (const claim of claims) {
      const keep = !by || claim.dataset.by === by;
      claim.classList.toggle('is-dimmed', !keep);
      claim.classList.toggle('is-kept', !!by && keep);
      entries.get(claim.dataset.claim!)?.classList.toggle('is-dimmed', !keep);
    }
    root.toggleAttribute('data-filtered', !!by);
    if (filterStatus) {
      filterStatus.hidden = !by;
      const name = by ? [...(choice?.options ?? [])].find((o) => o.value === by)?.text ?? by : '';
      filterStatus.querySelector('.filter-status-text')!.textContent = by ? (filterStatus.dataset.template ?? '').replace('{name}', name) : '';
    }
  }
  if (form && choice) {
    // Its room was kept while it was hidden, so showing it moves nothing.
    form.classList.remove('filter-pending');
    const initial = new URLSearchParams(location.search).get('by');
    if (initial && [...choice.options].some((o) => o.value === initial)) choice.value = initial;
    filter(choice.value || null);
    form.addEventListener('submit', (e) => e.preventDefault());
    const change = () => {
      const url = new URL(location.href);
      if (choice.value) url.searchParams.set('by', choice.value);
      else url.searchParams.delete('by');
      history.replaceState(history.state, '', url);
      filter(choice.value || null);
      fit();
    };
    choice.addEventListener('change', change);
    filterStatus?.querySelector('button')?.addEventListener('click', () => {
      choice.value = '';
      change();
    });
  }

  /**
   * Browsers without CSS anchor positioning: the script places the margin notes as the CSS would,
   * each beside its claim and below the note before it.
   */
  function place() {
    if (CSS.supports('anchor-name: --a')) return;
    const wideNow = matchMedia('(min-width: 1100px)').matches;
    reading!.classList.toggle('notes-placed', wideNow);
    if (!wideNow) return;
    const gap = 8;
    let floor = 0;
    for (const [id, entry] of entries) {
      const claim = byId.get(id);
      if (!claim || getComputedStyle(entry).display === 'none') continue;
      const top = (entry.offsetParent ?? aside!).getBoundingClientRect().top;
      const want = claim.getBoundingClientRect().top - top;
      const at = Math.max(want, floor);
      entry.style.top = `${at}px`;
      floor = at + entry.offsetHeight + gap;
    }
  }

  /** Margin notes can run past the text: keep the page tall enough to hold them. */
  function fit() {
    place();
    const page = reading!;
    page.style.minHeight = '';
    const last = [...entries.values()].filter((e) => getComputedStyle(e).display !== 'none').at(-1);
    if (!last || getComputedStyle(last).position !== 'absolute') return;
    const needed = last.getBoundingClientRect().bottom - page.getBoundingClientRect().top + 48;
    if (needed > page.offsetHeight) page.style.minHeight = `${Math.ceil(needed)}px`;
  }
  new ResizeObserver(fit).observe(body);
  document.getElementById('show-author')?.addEventListener('change', fit);

  window.addEventListener('hashchange', fromHash);
  fromHash();
}

// A module, not a script: its names stay its own.
export {};
