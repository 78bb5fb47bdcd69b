import { expect } from '@open-wc/testing';
import { ATTRIBUTES, propertyName } from '../element/attributes.js';

/** The builder page's own markup, as written (its script adds the controls it lacks). */
async function builderForm(): Promise<HTMLFormElement> {
  const page = await (await fetch('/demo/builder.html')).text();
  return new DOMParser().parseFromString(page, 'text/html').querySelector<HTMLFormElement>('#builder')!;
}

describe('the builder page, against the attribute table', () => {
  it('offers only values the element takes, each attribute with a default offers all of them, and the default is the one chosen', async () => {
    const form = await builderForm();
    for (const spec of ATTRIBUTES.filter(({ values }) => values)) {
      const name = propertyName(spec.name);
      const controls = [...form.querySelectorAll<HTMLInputElement | HTMLOptionElement>(`[name="${name}"] option, input[name="${name}"]`)];
      if (!controls.length) continue;
      const offered = controls.map((control) => control.value).filter(Boolean);
      const allowed = spec.values!.map(String);
      expect(allowed, spec.name).to.include.members(offered);
      if (spec.default === undefined || spec.kind === 'words') continue;
      expect(offered, spec.name).to.have.members(allowed);
      const chosen = controls.filter((control) => control.hasAttribute(control instanceof HTMLOptionElement ? 'selected' : 'checked'));
      expect(
        chosen.map((control) => control.value),
        spec.name,
      ).to.deep.equal([String(spec.default)]);
    }
  });

  it("has a field for every attribute of the table (its script adds the 'list' ones)", async () => {
    const form = await builderForm();
    // The page's names where they are not the property's (builder.js's FIELD_NAMES).
    const fieldNames: Record<string, string> = { lang: 'language' };
    const missing = ATTRIBUTES.filter(({ kind }) => kind !== 'list')
      .map(({ name }) => fieldNames[name] ?? propertyName(name))
      .filter((name) => !form.querySelector(`[name="${name}"]`));
    expect(missing).to.deep.equal([]);
  });

  it('says that src takes several addresses separated by spaces, and what since takes', async () => {
    const form = await builderForm();
    const hint = (name: string) => {
      const ids = form.querySelector(`[name="${name}"]`)!.getAttribute('aria-describedby')!.split(' ');
      return ids.map((id) => form.querySelector(`#${id}`)!.textContent!.replace(/\s+/g, ' ')).join(' ');
    };
    expect(hint('src')).to.match(/several feeds.*separate their addresses with spaces/i);
    expect(hint('since'))
      .to.contain('2024-01-01')
      .and.to.match(/number of days/);
    expect(form.querySelector('label[for="f-since"] code')!.textContent).to.equal('since');
  });
});
