// Lets one page show every option: embed.html?layout=list&theme=dark&lang=es sets those attributes.
// (A separate file, not an inline script, so the page also works under a strict CSP.)
const widget = document.querySelector('partnership-feed');
for (const [name, value] of new URLSearchParams(location.search)) {
  if (name === 'page-theme') document.body.classList.toggle('dark', value === 'dark');
  else if (/^[a-z-]+$/.test(name)) widget.setAttribute(name, value);
}
