// The embed-code builder (builder.html): form → embed code (src/builder/snippet.ts) → live preview.
// A module file, not an inline script, so the page works under a strict Content-Security-Policy.
// User values only ever reach the page through textContent, value and setAttribute.
import { ATTRIBUTES, propertyName } from '/src/element/attributes.ts';
import { CONTROLS, DEFAULTS, DEFAULT_FALLBACK_TEXT, embedSnippet, feedAttributes } from '/src/builder/snippet.ts';
import { sinceTime } from '/src/filter/exclude.ts';
import languages from '/src/i18n/languages.json';

// Every language the widget speaks, each named in itself (src/i18n/languages.json).
const languageSelect = document.getElementById('f-lang');
for (const [code, name] of Object.entries(languages))
  languageSelect.append(Object.assign(new Option(name, code), { lang: code, dir: 'auto' }));

const form = document.getElementById('builder');
const noneBox = document.getElementById('f-filters-none');

// Controls the page does not write by hand come from the element's attribute table, so a facet
// added there appears here too: its word among the filter controls and its preselecting field.
const noneChoice = noneBox.closest('label');
const filterBox = (word) => form.querySelector(`input[name="filters"][value="${word}"]`);
for (const [index, word] of CONTROLS.entries()) {
  if (filterBox(word)) continue;
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'filters', value: word });
  box.checked = DEFAULTS.filters.includes(word);
  const label = Object.assign(document.createElement('label'), { className: 'choice' });
  const caption = Object.assign(document.createElement('span'), { textContent: `${word[0].toUpperCase()}${word.slice(1)} filter` });
  label.append(box, ' ', caption);
  // In the element's order: before the next word the page has a box for.
  const next = CONTROLS.slice(index + 1)
    .map(filterBox)
    .find(Boolean);
  (next ? next.closest('label') : noneChoice).before(label);
}
const queryField = document.getElementById('f-query').closest('.field');
for (const spec of ATTRIBUTES.filter(({ kind }) => kind === 'list')) {
  if (form.elements.namedItem(spec.name)) continue;
  const field = Object.assign(document.createElement('div'), { className: 'field' });
  const label = Object.assign(document.createElement('label'), { htmlFor: `f-${spec.name}`, textContent: `${spec.description} ` });
  label.append(Object.assign(document.createElement('code'), { textContent: spec.name }));
  field.append(label, Object.assign(document.createElement('input'), { id: `f-${spec.name}`, name: spec.name, type: 'text' }));
  queryField.before(field);
}
const filterBoxes = [...form.querySelectorAll('input[name="filters"]')];

const snippetBox = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const previewFrame = document.getElementById('preview-frame');
const previewStatus = document.getElementById('preview-status');

/** Typing waits this long before the preview follows, so a half-typed feed address is not fetched. */
const TYPING_DELAY = 400;

// --- Reading the form ---------------------------------------------------------------------------

/** The form's field for an attribute where its name is not the property's. */
const FIELD_NAMES = { lang: 'language' };

function readSettings() {
  const data = new FormData(form);
  const value = (name) => String(data.get(name) ?? '');
  const attributes = Object.fromEntries(
    ATTRIBUTES.map((spec) => {
      const property = propertyName(spec.name);
      const field = FIELD_NAMES[spec.name] ?? property;
      if (spec.kind === 'boolean') return [property, data.has(field)];
      if (spec.kind === 'words') return [property, spec.none && noneBox.checked ? 'none' : data.getAll(field).map(String)];
      return [property, value(field)];
    }),
  );
  return {
    id: value('widgetId'),
    ...attributes,
    bundle: value('bundle') === 'classic' ? 'classic' : 'module',
    scriptBase: value('scriptBase'),
    fallbackHref: value('fallbackHref'),
    fallbackText: value('fallbackText'),
  };
}

// --- Checking what the editor typed ---------------------------------------------------------------

/** http(s) or relative: the only addresses the widget (and a sensible page) will use. */
function isWebAddress(value) {
  try {
    const { protocol } = new URL(value.trim(), document.baseURI);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A message for a number field, or '' when the value is fine (empty means "the default"). */
function numberProblem(input, { min, max, whole, fallback, unit }) {
  const typed = input.value.trim();
  if (input.validity.badInput) return `That is not a number, so the widget will use ${fallback}.`;
  if (!typed) return '';
  const number = Number(typed);
  const fits = whole ? Number.isInteger(number) && number >= min && number <= max : number > min && number <= max;
  if (fits) return '';
  const range = whole ? `a whole number from ${min} to ${max}` : `a number of ${unit} above ${min} and up to ${max}`;
  return `Use ${range}; otherwise the widget ignores it and uses ${fallback}.`;
}

const checks = {
  src: (input) => {
    const addresses = input.value.split(/\s+/).filter(Boolean);
    if (!addresses.length) return 'Add the feed address: without it the widget has nothing to show.';
    const bad = addresses.filter((address) => !isWebAddress(address));
    if (bad.length === 1 && addresses.length === 1)
      return 'Use a web address starting with https://, or one on your own site such as /feeds/partnerships.json.';
    if (bad.length)
      return `${bad.join(', ')}: use web addresses starting with https://, or on your own site such as /feeds/partnerships.json, separated by spaces.`;
    return '';
  },
  since: (input) =>
    input.value.trim() && sinceTime(input.value) === undefined
      ? 'Use a date such as 2024-01-01 or a whole number of days such as 365; otherwise the widget ignores it and leaves nothing out.'
      : '',
  fallbackHref: (input) => {
    const value = input.value.trim();
    if (!value) return 'With no address the code has no fallback link, so visitors without JavaScript see nothing here.';
    if (!isWebAddress(value)) return 'Use a web address starting with https://, or one on your own site such as /topics/partnerships.';
    return '';
  },
  scriptBase: (input) => {
    const value = input.value.trim();
    if (!value) return '';
    if (!isWebAddress(value)) return 'Use a web address starting with https://.';
    if (/^http:/i.test(value)) return 'Secure (https://) pages refuse scripts from http:// addresses: use https://.';
    return '';
  },
  fallbackImage: (input) => {
    const value = input.value.trim();
    if (!value || isWebAddress(value)) return '';
    return 'Use a picture address starting with https://, or one on your own site such as /images/logo.png; otherwise the widget ignores it.';
  },
  widgetId: (input) => (/\s/.test(input.value.trim()) ? 'Use one word without spaces, such as news or events-2026.' : ''),
  pageSize: (input) => numberProblem(input, { min: 0, max: 10000, whole: true, fallback: DEFAULTS.pageSize }),
  excerptWords: (input) => numberProblem(input, { min: 0, max: 1000, whole: true, fallback: DEFAULTS.excerptWords }),
  cacheTtl: (input) => numberProblem(input, { min: 0, max: 31536000, whole: true, fallback: DEFAULTS.cacheTtl }),
  timeout: (input) => numberProblem(input, { min: 0, max: 600, whole: false, fallback: DEFAULTS.timeout, unit: 'seconds' }),
};

function showProblems() {
  for (const [name, check] of Object.entries(checks)) {
    const input = form.elements.namedItem(name);
    const message = check(input);
    const error = document.getElementById(`${input.id}-error`);
    if (error.textContent !== message) error.textContent = message;
    error.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

// --- The preview ----------------------------------------------------------------------------------

/** The attributes the builder set on the preview last time (others, like a reflected theme, are the element's). */
let appliedNames = new Set(['src']);

/**
 * Makes the preview element match the snippet: the same attributes (from the same function that
 * writes the snippet) and the same fallback link, set with setAttribute and textContent. No HTML
 * parsing, so the page also works with Trusted Types enforced.
 */
function updatePreview(settings) {
  const preview = previewFrame.querySelector('partnership-feed');
  if (!preview) return;
  // The id is left off the preview: it only namespaces sync-url keys, and could clash with this page's ids.
  const wanted = new Map(
    feedAttributes(settings)
      .filter(([name]) => name !== 'id')
      .map(([name, value]) => [name, value === true ? '' : value]),
  );
  for (const name of appliedNames) if (!wanted.has(name)) preview.removeAttribute(name);
  for (const [name, value] of wanted) if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  appliedNames = new Set(wanted.keys());

  const href = settings.fallbackHref.trim();
  if (href && isWebAddress(href)) {
    const link = document.createElement('a');
    link.setAttribute('href', href);
    link.textContent = settings.fallbackText.trim() || DEFAULT_FALLBACK_TEXT;
    preview.replaceChildren(link);
  } else {
    preview.replaceChildren();
  }
  if (!wanted.has('src')) setPreviewStatus('Add a feed address to see the preview.');
}

function setPreviewStatus(message) {
  if (previewStatus.textContent !== message) previewStatus.textContent = message;
}

previewFrame.addEventListener('pf-load', (event) => {
  const { total } = event.detail;
  setPreviewStatus(`The feed loaded: ${total} ${total === 1 ? 'resource' : 'resources'}.`);
});
previewFrame.addEventListener('pf-error', (event) => {
  setPreviewStatus(`The preview could not load the feed. ${event.detail.message}`);
});

// --- Putting it together --------------------------------------------------------------------------

let previewTimer;

function update({ previewDelay = 0 } = {}) {
  for (const box of filterBoxes) box.disabled = noneBox.checked;
  const settings = readSettings();
  const snippet = embedSnippet(settings);
  if (snippetBox.value !== snippet) {
    snippetBox.value = snippet;
    snippetBox.rows = Math.min(14, Math.max(4, snippet.split('\n').length + 1));
    copyStatus.textContent = '';
  }
  showProblems();
  clearTimeout(previewTimer);
  if (previewDelay) previewTimer = setTimeout(() => updatePreview(settings), previewDelay);
  else updatePreview(settings);
}

function isTyping(target) {
  return target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'number');
}

form.addEventListener('input', (event) => update({ previewDelay: isTyping(event.target) ? TYPING_DELAY : 0 }));
form.addEventListener('change', () => update());
form.addEventListener('submit', (event) => event.preventDefault());
// The reset event comes before the fields are reset.
form.addEventListener('reset', () => setTimeout(() => update()));

// --- Copying --------------------------------------------------------------------------------------

let announceTimer;

/** Polite live region: emptied first so the same message is announced again on a second copy. */
function announce(message) {
  clearTimeout(announceTimer);
  copyStatus.textContent = '';
  announceTimer = setTimeout(() => {
    copyStatus.textContent = message;
  }, 100);
}

function selectSnippet() {
  snippetBox.focus();
  snippetBox.select();
  snippetBox.setSelectionRange(0, snippetBox.value.length);
}

copyButton.addEventListener('click', async () => {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No asynchronous clipboard here.');
    await navigator.clipboard.writeText(snippetBox.value);
    announce('Copied. Paste the embed code into your page.');
  } catch {
    // No permission or no Clipboard API (an http: page, an old browser): select the code instead.
    selectSnippet();
    let copied;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    announce(
      copied ? 'Copied. Paste the embed code into your page.' : 'The code is selected: press Ctrl+C (Command+C on a Mac) to copy it.',
    );
  }
});

// Clicking into the read-only code selects all of it, ready to copy by hand.
snippetBox.addEventListener('focus', () => snippetBox.select());

update();
