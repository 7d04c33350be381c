/**
 * The reading page's one script, and it is optional: without it, claim links
 * and markers select through :target. With it, selection is a class, so a
 * click selects a claim without a jump and keeps its #id in the address.
 */
const root = document.documentElement;
root.classList.add('js');

const body = document.querySelector<HTMLElement>('[data-reading-body]');
const aside = document.querySelector<HTMLElement>('.attributions');
let selected: string | null = null;

const claimEl = (id: string) => body?.querySelector<HTMLElement>(`[data-claim="${CSS.escape(id)}"]`) ?? null;
const entryEl = (id: string) => aside?.querySelector<HTMLElement>(`[data-attribution="${CSS.escape(id)}"]`) ?? null;
const reduceMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const wide = () => window.matchMedia('(min-width: 1100px)').matches;

/** Brings an entry into view inside the sidebar column without moving the page. */
function revealEntry(entry: HTMLElement) {
  if (!aside || !wide()) return;
  const top = entry.offsetTop - aside.offsetTop;
  if (top < aside.scrollTop || top + entry.offsetHeight > aside.scrollTop + aside.clientHeight) {
    aside.scrollTo({ top: Math.max(0, top - aside.clientHeight / 3), behavior: reduceMotion() ? 'auto' : 'smooth' });
  }
}

function select(id: string | null, { updateAddress = true } = {}) {
  if (selected) {
    claimEl(selected)?.classList.remove('is-selected');
    entryEl(selected)?.classList.remove('is-selected');
  }
  selected = id && claimEl(id) ? id : null;
  if (updateAddress) {
    const url = new URL(location.href);
    url.hash = selected ?? '';
    history.replaceState(history.state, '', selected ? url : url.pathname + url.search);
  }
  if (!selected) return;
  claimEl(selected)!.classList.add('is-selected');
  const entry = entryEl(selected);
  if (entry) {
    entry.classList.add('is-selected');
    revealEntry(entry);
  }
}

function fromHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  select(id || null, { updateAddress: false });
}

body?.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest('a');
  // Links inside a claim (a speaker's name, a source) keep doing what links do.
  if (link && !link.classList.contains('claim-mark')) return;
  const claim = target.closest<HTMLElement>('[data-claim]');
  if (!claim) return;
  event.preventDefault();
  const id = claim.dataset.claim!;
  select(selected === id && !link ? null : id);
});

aside?.addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a');
  if (!link) return;
  if (link.classList.contains('entry-close')) {
    event.preventDefault();
    select(null);
    return;
  }
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#') || !claimEl(href.slice(1))) return;
  event.preventDefault();
  const id = href.slice(1);
  select(id);
  const claim = claimEl(id)!;
  claim.scrollIntoView({ block: 'center', behavior: reduceMotion() ? 'auto' : 'smooth' });
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && selected) select(null);
});

window.addEventListener('hashchange', fromHash);
fromHash();
