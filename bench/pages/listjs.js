// List.js 2.3 as a library site would use it: fetch the JSON, hand the items to `new List` with an
// item template, 12 a page, sorted newest first by List.js, type buttons calling list.filter() and
// List.js's own search box (searching title, excerpt and tags). Type counts are computed once.
(() => {
  const FEED = document.currentScript.dataset.feed;
  const container = document.getElementById('feed');
  const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
  const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => escapes[c]);
  const excerptOf = (text) => {
    const words = text.split(/\s+/);
    return words.length > 40 ? `${words.slice(0, 40).join(' ')}…` : text;
  };

  const template = `<li class="card">
  <h3 class="card-title"><a class="title link"></a></h3>
  <p class="card-meta"><span class="card-type type"></span> <time class="date datetime"></time></p>
  <p class="card-excerpt excerpt"></p>
  <p class="card-tags tags"></p>
</li>`;

  async function start() {
    const response = await fetch(FEED, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${FEED}`);
    const feed = await response.json();
    // List.js sets every value with innerHTML: the fields are escaped first.
    const values = feed.items.map((item) => ({
      title: escape(item.title ?? ''),
      link: item.url ?? '',
      type: escape(item._resource?.type ?? ''),
      date: escape(dateFormat.format(Date.parse(item.date_published))),
      datetime: item.date_published ?? '',
      timestamp: item.date_published ?? '',
      excerpt: escape(excerptOf(item.summary ?? '')),
      tags: escape((item.tags ?? []).join(', ')),
    }));
    const counts = new Map();
    for (const item of values) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
    const types = [...counts].sort((a, b) => b[1] - a[1]);
    container.innerHTML = `<header class="feed-header"><h2 id="feed-heading">${escape(feed.title)}</h2><p class="description">${escape(feed.description ?? '')}</p></header>
<div class="controls">
  <div class="filter" role="group" aria-labelledby="type-label"><span class="filter-label" id="type-label">Type</span>
    <div class="filter-options">${types
      .map(
        ([type, count]) =>
          `<button type="button" class="filter-option" aria-pressed="false" data-value="${type}">${type} (${count})</button>`,
      )
      .join('')}</div></div>
  <div class="search"><label class="control-label" for="search">Search</label><input id="search" class="search-input" type="search" autocomplete="off"></div>
</div>
<p class="status" role="status"></p>
<ul class="list" aria-labelledby="feed-heading"></ul>`;
    const statusEl = container.querySelector('.status');
    const list = new List(
      container,
      {
        valueNames: [
          'title',
          { name: 'link', attr: 'href' },
          'type',
          'date',
          { name: 'datetime', attr: 'datetime' },
          'excerpt',
          'tags',
          'timestamp',
        ],
        item: template,
        page: 12,
        searchClass: 'search-input',
        searchColumns: ['title', 'excerpt', 'tags'],
      },
      values,
    );
    const selected = new Set();
    const status = () => {
      const matching = list.matchingItems.length;
      statusEl.textContent = matching ? `Showing ${list.visibleItems.length} of ${matching} resources` : 'No resources match your filters.';
    };
    list.on('updated', status);
    list.sort('timestamp', { order: 'desc' });
    container.querySelector('.filter-options').addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button) return;
      const type = button.dataset.value;
      if (selected.has(type)) selected.delete(type);
      else selected.add(type);
      button.setAttribute('aria-pressed', String(selected.has(type)));
      if (selected.size) list.filter((item) => selected.has(item.values().type));
      else list.filter();
    });
    // List.js searches on keyup: a query pasted or set at once (one input event, no key released)
    // is searched from the input event, as a site wanting that would add.
    container.querySelector('.search-input').addEventListener('input', (event) => {
      if (!/^(insertText|deleteContent)/.test(event.inputType ?? '')) list.search(event.target.value);
    });
    status();
    window.__benchActions = {
      root: container,
      cards: () => list.list.children.length,
      clickType: (type) => container.querySelector(`.filter-option[data-value="${CSS.escape(type)}"]`).click(),
      search: (text) => __bench.typeInto(container.querySelector('.search-input'), text),
      paste: (text) => __bench.pasteInto(container.querySelector('.search-input'), text),
    };
    window.__list = list;
    __bench.cardsReady();
  }

  start().catch((error) => __bench.fail(error));
})();
