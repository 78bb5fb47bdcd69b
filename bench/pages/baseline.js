// The hand-written baseline: the floor of work any page showing this listing must do. Fetch the
// feed, sort newest first, count types, and paint the first 12 cards with one innerHTML per change;
// type buttons (OR) and a search box (every word must occur in title, excerpt or tags). Escaping
// every field is part of the floor. No framework, no facet recounting, no accent folding.
(() => {
  const FEED = document.currentScript.dataset.feed;
  const PAGE_SIZE = 12;
  const EXCERPT_WORDS = 40;
  const container = document.getElementById('feed');
  const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
  const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => escapes[c]);
  const excerptOf = (text) => {
    const words = text.split(/\s+/);
    return words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(' ')}…` : text;
  };

  let items = [];
  const selected = new Set();
  let query = '';
  let listEl;
  let statusEl;

  const card = (item) => `<li class="card">
  <h3 class="card-title"><a href="${escape(item.url)}">${escape(item.title)}</a></h3>
  <p class="card-meta"><span class="card-type">${escape(item.type)}</span> <time datetime="${escape(item.date)}">${item.dateText}</time></p>
  <p class="card-excerpt">${escape(excerptOf(item.summary))}</p>
  <ul class="card-tags">${item.tags.map((tag) => `<li>${escape(tag)}</li>`).join('')}</ul>
</li>`;

  function matching() {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    return items.filter((item) => {
      if (selected.size && !selected.has(item.type)) return false;
      if (!terms.length) return true;
      item.haystack ??= `${item.title}\n${item.summary}\n${item.tags.join('\n')}`.toLowerCase();
      return terms.every((term) => item.haystack.includes(term));
    });
  }

  function paint() {
    const results = matching();
    const shown = results.slice(0, PAGE_SIZE);
    for (const item of shown) item.dateText ??= escape(dateFormat.format(item.time));
    listEl.innerHTML = shown.map(card).join('');
    statusEl.textContent = results.length ? `Showing ${shown.length} of ${results.length} resources` : 'No resources match your filters.';
  }

  async function start() {
    const response = await fetch(FEED, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${FEED}`);
    const feed = await response.json();
    items = feed.items.map((item) => ({
      title: item.title ?? '',
      url: item.url ?? '',
      summary: item.summary ?? item.content_text ?? '',
      date: item.date_published ?? '',
      time: Date.parse(item.date_published),
      type: item._resource?.type ?? '',
      tags: item.tags ?? [],
    }));
    items.sort((a, b) => b.time - a.time);
    const counts = new Map();
    for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
    const types = [...counts].sort((a, b) => b[1] - a[1]);
    container.innerHTML = `<header class="feed-header"><h2 id="feed-heading">${escape(feed.title)}</h2><p class="description">${escape(feed.description ?? '')}</p></header>
<div class="controls">
  <div class="filter" role="group" aria-labelledby="type-label"><span class="filter-label" id="type-label">Type</span>
    <div class="filter-options">${types
      .map(
        ([type, count]) =>
          `<button type="button" class="filter-option" aria-pressed="false" data-value="${escape(type)}">${escape(type)} (${count})</button>`,
      )
      .join('')}</div></div>
  <div class="search"><label class="control-label" for="search">Search</label><input id="search" class="search-input" type="search" autocomplete="off"></div>
</div>
<p class="status" role="status"></p>
<ul class="list" aria-labelledby="feed-heading"></ul>`;
    listEl = container.querySelector('.list');
    statusEl = container.querySelector('.status');
    container.querySelector('.filter-options').addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button) return;
      const type = button.dataset.value;
      if (selected.has(type)) selected.delete(type);
      else selected.add(type);
      button.setAttribute('aria-pressed', String(selected.has(type)));
      paint();
    });
    container.querySelector('.search-input').addEventListener('input', (event) => {
      query = event.target.value;
      paint();
    });
    paint();
    window.__benchActions = {
      root: container,
      cards: () => listEl.children.length,
      clickType: (type) => container.querySelector(`.filter-option[data-value="${CSS.escape(type)}"]`).click(),
      search: (text) => __bench.typeInto(container.querySelector('.search-input'), text),
      paste: (text) => __bench.pasteInto(container.querySelector('.search-input'), text),
    };
    __bench.cardsReady();
  }

  start().catch((error) => __bench.fail(error));
})();
