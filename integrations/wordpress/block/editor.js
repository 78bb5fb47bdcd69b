/**
 * The "Resource feed" block in the editor: the sidebar sets the element's attributes and the
 * widget itself is the preview. Plain script on WordPress's own wp.* globals (nothing of
 * WordPress is bundled); the page is rendered in PHP, so the block saves no markup.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment, useEffect, useState } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, TextControl, SelectControl, CheckboxControl, ToggleControl, Notice, Placeholder, BaseControl } = wp.components;
  const { __, sprintf } = wp.i18n;
  const data = window.partnershipFeedEditor || { relayed: {}, canManage: false, settingsUrl: '', languages: { en: 'English' } };
  /**
   * The components' current look (40 px tall inputs, no bottom margin), which WordPress 6.7+ asks
   * for and warns about when missing; WordPress versions without these props ignore them.
   */
  const FIELD = { __next40pxDefaultSize: true, __nextHasNoMarginBottom: true };
  const NO_MARGIN = { __nextHasNoMarginBottom: true };

  /**
   * The element's attributes as the block holds them (block/attributes.json, written from the
   * element's attribute table): block attribute → element attribute, kind, values, default.
   */
  const ATTRIBUTES = data.attributes || {};
  const valuesOf = (key) => ((ATTRIBUTES[key] && ATTRIBUTES[key].values) || []).map(String);
  /** The controls' labels; a word without one (a facet added since) shows as itself. */
  const CONTROL_LABELS = {
    type: __('Type', 'partnership-feed'),
    tag: __('Tags', 'partnership-feed'),
    audience: __('Audience', 'partnership-feed'),
    // Which feed a resource came from: for a block that lists several.
    source: __('Source feed', 'partnership-feed'),
    search: __('Search', 'partnership-feed'),
    sort: __('Sort', 'partnership-feed'),
    date: __('Year', 'partnership-feed'),
  };
  const FILTERS = valuesOf('filters').map((word) => [word, CONTROL_LABELS[word] || word]);
  const DEFAULT_FILTERS = String((ATTRIBUTES.filters && ATTRIBUTES.filters.default) || '');
  /** The rel tokens card links can carry, each with what it tells search engines. */
  const REL_LABELS = {
    nofollow: __('nofollow: no endorsement', 'partnership-feed'),
    sponsored: __('sponsored: paid or partner links', 'partnership-feed'),
    ugc: __('ugc: written by users', 'partnership-feed'),
  };
  const LINK_RELS = choices('linkRel', REL_LABELS);

  function options(pairs) {
    return [{ value: '', label: __('Default', 'partnership-feed') }].concat(pairs.map(([value, label]) => ({ value, label })));
  }

  /** A select's choices: the attribute's values, each with its label (else the value itself). */
  function choices(key, labels) {
    return valuesOf(key).map((value) => [value, labels[value] || value]);
  }

  /**
   * Where the feeds are (several separated by spaces), and whether the page reads them through this
   * site's relay: `relayed` and `unrelayed` are the addresses on other sites that the site relays
   * and does not; `previewSrc` is the src the page gets.
   */
  function source(attributes) {
    const addresses = String(attributes.src || '')
      .split(/\s+/)
      .filter(Boolean);
    const relayed = [];
    const unrelayed = [];
    const previewSrc = addresses.map((address) => {
      let url;
      try {
        url = new URL(address, window.location.href);
      } catch {
        return address;
      }
      if (url.origin === window.location.origin) return address;
      const relay = data.relayed[url.href] || data.relayed[address];
      (relay ? relayed : unrelayed).push(address);
      return attributes.relay !== false && relay ? relay : address;
    });
    return { relayed, unrelayed, previewSrc: previewSrc.join(' ') };
  }

  function elementProps(attributes, previewSrc) {
    const props = {};
    for (const [key, value] of Object.entries(attributes)) {
      if (key === 'relay' || value === undefined || value === '' || value === false) continue;
      props[(ATTRIBUTES[key] && ATTRIBUTES[key].name) || key] = value === true ? '' : String(value);
    }
    props.src = previewSrc;
    return props;
  }

  function relayNotice(attributes, setAttributes, where) {
    const toggle =
      where.relayed.length > 0 &&
      h(ToggleControl, {
        ...NO_MARGIN,
        label: __('Fetch through this site (relay)', 'partnership-feed'),
        help:
          where.relayed.length + where.unrelayed.length > 1
            ? __(
                'Some of these feeds are on other sites that this site relays: it fetches them for the page, so they need no CORS headers.',
                'partnership-feed',
              )
            : __('This feed is on another site. This site fetches it for the page, so the feed needs no CORS headers.', 'partnership-feed'),
        checked: attributes.relay !== false,
        onChange: (relay) => setAttributes({ relay }),
      });
    // With several feeds, the notice names those it is about.
    const several = where.relayed.length + where.unrelayed.length > 1;
    const notice =
      where.unrelayed.length > 0 &&
      h(
        Notice,
        { status: 'info', isDismissible: false },
        several
          ? sprintf(
              /* translators: %s: feed addresses, separated by commas. */
              __(
                'These feeds are on other sites: %s. They load only if their sites allow it (CORS), unless this site relays them: ',
                'partnership-feed',
              ),
              where.unrelayed.join(', '),
            )
          : __(
              'This feed is on another site. It loads only if that site allows it (CORS), unless this site relays it: ',
              'partnership-feed',
            ),
        data.canManage
          ? h(
              'a',
              { href: data.settingsUrl, target: '_blank', rel: 'noreferrer' },
              several
                ? __('add them to Settings → Partnership feed', 'partnership-feed')
                : __('add it to Settings → Partnership feed', 'partnership-feed'),
            )
          : several
            ? __('ask an administrator to add them to Settings → Partnership feed.', 'partnership-feed')
            : __('ask an administrator to add it to Settings → Partnership feed.', 'partnership-feed'),
      );
    if (!toggle && !notice) return null;
    return h(Fragment, null, toggle || null, notice || null);
  }

  function Sidebar({ attributes, setAttributes, where }) {
    const text = (key, label, help) =>
      h(TextControl, {
        ...FIELD,
        label,
        help,
        value: attributes[key] || '',
        onChange: (value) => setAttributes({ [key]: value || undefined }),
      });
    const select = (key, label, pairs) =>
      h(SelectControl, {
        ...FIELD,
        label,
        value: attributes[key] || '',
        options: options(pairs),
        onChange: (value) => setAttributes({ [key]: value || undefined }),
      });
    const filters = (attributes.filters || DEFAULT_FILTERS).split(/\s+/).filter(Boolean);
    const toggleFilter = (name, on) => {
      const next = FILTERS.map(([key]) => key).filter((key) => (key === name ? on : filters.includes(key)));
      setAttributes({ filters: next.length ? next.join(' ') : 'none' });
    };
    const rels = String(attributes.linkRel || '')
      .split(/\s+/)
      .filter(Boolean);
    const toggleRel = (name, on) => {
      const next = LINK_RELS.map(([key]) => key).filter((key) => (key === name ? on : rels.includes(key)));
      setAttributes({ linkRel: next.length ? next.join(' ') : undefined });
    };
    return h(
      InspectorControls,
      null,
      h(
        PanelBody,
        { title: __('Feed', 'partnership-feed') },
        text(
          'src',
          __('Feed address', 'partnership-feed'),
          __(
            'A JSON Feed, WordPress (/wp-json/wp/v2/posts?_embed), Drupal JSON:API, RSS or Atom address. Several feeds, separated by spaces, make one list.',
            'partnership-feed',
          ),
        ),
        relayNotice(attributes, setAttributes, where),
        select(
          'format',
          __('Format', 'partnership-feed'),
          choices('format', {
            auto: __('Detect', 'partnership-feed'),
            jsonfeed: 'JSON Feed',
            wordpress: 'WordPress',
            drupal: 'Drupal',
            rss: 'RSS / Atom',
          }),
        ),
      ),
      h(
        PanelBody,
        { title: __('Display', 'partnership-feed') },
        text('heading', __('Heading', 'partnership-feed'), __("Leave empty to use the feed's title.", 'partnership-feed')),
        select(
          'headingLevel',
          __('Heading level', 'partnership-feed'),
          valuesOf('headingLevel').map((n) => [n, `H${n}`]),
        ),
        select(
          'layout',
          __('Layout', 'partnership-feed'),
          choices('layout', {
            grid: __('Grid', 'partnership-feed'),
            list: __('List', 'partnership-feed'),
            compact: __('Compact', 'partnership-feed'),
          }),
        ),
        h(TextControl, {
          ...FIELD,
          label: __('Cards before "Show more"', 'partnership-feed'),
          help: __('0 shows all. Default 12.', 'partnership-feed'),
          type: 'number',
          min: 0,
          value: attributes.pageSize || '',
          onChange: (value) => setAttributes({ pageSize: value || undefined }),
        }),
        select(
          'theme',
          __('Theme', 'partnership-feed'),
          choices('theme', {
            auto: __("Follow the page's colour scheme", 'partnership-feed'),
            light: __('Light', 'partnership-feed'),
            dark: __('Dark', 'partnership-feed'),
          }),
        ),
        // Every language the widget speaks, named in itself (the plugin's languages.json); "Default"
        // is the site's language.
        select('lang', __('Language', 'partnership-feed'), Object.entries(data.languages || { en: 'English' })),
        select(
          'sort',
          __('Order', 'partnership-feed'),
          choices('sort', {
            newest: __('Newest first', 'partnership-feed'),
            oldest: __('Oldest first', 'partnership-feed'),
            title: __('By title', 'partnership-feed'),
          }),
        ),
        h(ToggleControl, {
          ...NO_MARGIN,
          label: __('Open resources in a new tab', 'partnership-feed'),
          checked: attributes.linkTarget === '_blank',
          onChange: (on) => setAttributes({ linkTarget: on ? '_blank' : undefined }),
        }),
      ),
      h(
        PanelBody,
        { title: __('What to show', 'partnership-feed') },
        text(
          'excludeType',
          __('Leave out these types', 'partnership-feed'),
          __('Comma-separated, as the feed names them, e.g. Webinar, Event.', 'partnership-feed'),
        ),
        text(
          'excludeTag',
          __('Leave out these tags', 'partnership-feed'),
          __('Comma-separated, as the feed names them.', 'partnership-feed'),
        ),
        text(
          'since',
          __('Only resources since', 'partnership-feed'),
          __('A date like 2024-01-01, or a number of days back, e.g. 365.', 'partnership-feed'),
        ),
        text(
          'fallbackImage',
          __('Picture for cards without one', 'partnership-feed'),
          __('An image address (http or https). It is decorative: screen readers skip it.', 'partnership-feed'),
        ),
        h(
          BaseControl,
          { ...NO_MARGIN, id: 'partnership-feed-link-rel', label: __('Mark links to resources as', 'partnership-feed') },
          LINK_RELS.map(([key, label]) =>
            h(CheckboxControl, { ...NO_MARGIN, key, label, checked: rels.includes(key), onChange: (on) => toggleRel(key, on) }),
          ),
        ),
      ),
      h(
        PanelBody,
        { title: __('Filters', 'partnership-feed') },
        h(
          BaseControl,
          { ...NO_MARGIN, id: 'partnership-feed-filters', label: __('Controls shown to visitors', 'partnership-feed') },
          FILTERS.map(([key, label]) =>
            h(CheckboxControl, { ...NO_MARGIN, key, label, checked: filters.includes(key), onChange: (on) => toggleFilter(key, on) }),
          ),
        ),
      ),
    );
  }

  /**
   * `value` once it has stopped changing for `delay` ms: while an address is being typed, the
   * preview would otherwise fetch every partial one ("h", "ht", … "http://1"), feed or picture.
   */
  function useSettled(value, delay) {
    const [settled, setSettled] = useState(value);
    useEffect(() => {
      const timer = setTimeout(() => setSettled(value), delay);
      return () => clearTimeout(timer);
    }, [value, delay]);
    return settled;
  }

  registerBlockType('partnership-feed/resource-feed', {
    edit({ attributes, setAttributes }) {
      const blockProps = useBlockProps();
      const where = source(attributes);
      const previewSrc = source({ ...attributes, src: useSettled(attributes.src, 800) }).previewSrc;
      // Likewise the fallback picture, which every card without one would request as it is typed.
      const fallbackImage = useSettled(attributes.fallbackImage, 800);
      const preview = previewSrc
        ? h('partnership-feed', elementProps({ ...attributes, fallbackImage }, previewSrc))
        : h(Placeholder, {
            icon: 'rss',
            label: __('Resource feed', 'partnership-feed'),
            instructions: __("Set the feed address in the block's settings (the sidebar).", 'partnership-feed'),
          });
      return h(Fragment, null, h(Sidebar, { attributes, setAttributes, where }), h('div', blockProps, preview));
    },
    save: () => null,
  });
})(window.wp);
