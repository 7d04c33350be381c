/**
 * Static search: Pagefind's index is built with the site, and this small
 * script asks it in the browser. Results are built with DOM methods; the
 * only markup taken from the index is Pagefind's excerpt, whose sole tags are
 * its own <mark>s, and even that is rebuilt as text and <mark> elements.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; sub_results?: Array<{ url: string; title: string; excerpt: string }> }>;
}
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] }>;
  mergeIndex(path: string): Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const list = document.querySelector<HTMLOListElement>('.search-results');
const status = document.querySelector<HTMLElement>('.search-status');
let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's excerpt: text with <mark> around matches. Anything else is dropped. */
function excerpt(html: string): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of html.split(/(<mark>.*?<\/mark>)/)) {
    const text = part.replace(/<\/?mark>/g, '').replace(/<[^>]*>/g, '');
    const decoded = new DOMParser().parseFromString(`<!doctype html><body>${text.replace(/</g, '&lt;')}`, 'text/html').body.textContent ?? '';
    if (part.startsWith('<mark>')) {
      const m = document.createElement('mark');
      m.textContent = decoded;
      out.append(m);
    } else out.append(decoded);
  }
  return out;
}

/**
 * The index comes in parts (src/tools/build/search-index.ts): the main
 * bundle holds the speaker and figure pages, `parts.json` beside it names
 * the parts that hold the readings, and Pagefind joins them in one search.
 */
async function load(url: URL): Promise<Pagefind> {
  const [index, parts] = await Promise.all([
    import(/* @vite-ignore */ url.href) as Promise<Pagefind>,
    // Asked of the server each time: a cached list could name parts an earlier deploy had.
    fetch(new URL('parts.json', url), { cache: 'no-cache' }).then((r) => {
      if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
      return r.json() as Promise<string[]>;
    }),
  ]);
  await Promise.all(parts.map((part) => index.mergeIndex(new URL(part, url).pathname)));
  return index;
}

async function run(term: string) {
  if (!list || !status || !form) return;
  list.replaceChildren();
  if (!term.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  pagefind ??= load(new URL(form.dataset.pagefindUrl!, location.href));
  let results: PagefindResult[];
  let data: Awaited<ReturnType<PagefindResult['data']>>[];
  try {
    ({ results } = await (await pagefind).search(term));
    data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  } catch {
    // Pagefind keeps a part that failed to load, so asking again in this page would fail again (or count parts twice).
    status.textContent = 'The search index could not be loaded. Reload the page to try again.';
    return;
  }
  status.textContent = results.length ? `${results.length} result${results.length === 1 ? '' : 's'} for “${term}”` : `Nothing found for “${term}”`;
  for (const d of data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const p = document.createElement('p');
    p.append(excerpt(d.excerpt));
    li.append(a, p);
    // Claims are sub-results of their reading (src/outputs/search.ts): the best few, each linking to the claim.
    const claims = (d.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
    if (claims.length) {
      const ul = document.createElement('ul');
      for (const s of claims) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        // `/readings/<slug>/#<claim>` → the claim's own page, the address to share.
        link.href = s.url.replace(/\/#([^/#]+)$/, '/claims/$1/');
        link.textContent = s.title;
        const text = document.createElement('p');
        text.append(excerpt(s.excerpt));
        item.append(link, text);
        ul.append(item);
      }
      li.append(ul);
    }
    list.append(li);
  }
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
}

// A module, not a script: its names stay its own.
export {};
