// Lets one page show every option: embed.html?layout=list&theme=dark&lang=es sets those attributes.
// (A separate file, not an inline script, so the page also works under a strict CSP.)
const widget = document.querySelector('partnership-feed');
for (const [name, value] of new URLSearchParams(location.search)) {
  // page-theme=dark declares a dark page (the widget's theme="auto" follows it); page-theme=mint is
  // a coloured light page, as Twenty Twenty-One's default background.
  if (name === 'page-theme') document.documentElement.className = value;
  else if (/^[a-z-]+$/.test(name)) widget.setAttribute(name, value);
}
