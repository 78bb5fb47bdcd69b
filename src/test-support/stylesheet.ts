/**
 * A stylesheet as the browser parsed it, declaration by declaration, for comparing the source
 * styles with what a minified bundle adopts. Both sides go through the same engine's CSSOM, so
 * values a minifier may spell differently (`#ffffff`, `#fff`; `0px`, `0`) compare equal, while a
 * declaration the engine dropped (two run together, an unknown value) shows as missing.
 */

/** Custom properties and values with var() keep their raw tokens; spell them one way before comparing. */
function tokenValue(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/\s*([,()])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/(^|[^\w.])\.(\d)/g, '$10.$2')
    .replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/g, '#$1$1$2$2$3$3');
}

/** A colour as this browser computes it (`transparent` and `#0000` are one colour). */
function computedColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function canonical(name: string, value: string): string {
  if (name.startsWith('--') || value.includes('var(')) return tokenValue(value);
  return name.endsWith('color') && CSS.supports('color', value) ? computedColor(value) : value;
}

function styleDeclarations(style: CSSStyleDeclaration): Record<string, string> {
  const declarations: Record<string, string> = {};
  for (let index = 0; index < style.length; index += 1) {
    const name = style.item(index);
    const value = style.getPropertyValue(name);
    const important = style.getPropertyPriority(name) ? ' !important' : '';
    declarations[name] = canonical(name, value) + important;
  }
  return declarations;
}

/**
 * Every rule's declarations, keyed by where the rule sits (its at-rule conditions and selector).
 * Rules with the same key are merged in order, as the cascade would.
 */
export function declarationsByRule(sheets: readonly CSSStyleSheet[]): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  const visit = (list: CSSRuleList, context: string): void => {
    for (const rule of list) {
      if (rule instanceof CSSStyleRule) {
        const key = `${context}${rule.selectorText}`;
        rules[key] = { ...rules[key], ...styleDeclarations(rule.style) };
      } else if (rule instanceof CSSKeyframesRule) {
        for (const frame of rule.cssRules) {
          const key = `${context}@keyframes ${rule.name} ${(frame as CSSKeyframeRule).keyText}`;
          rules[key] = { ...rules[key], ...styleDeclarations((frame as CSSKeyframeRule).style) };
        }
      } else if ('cssRules' in rule) {
        const condition = 'conditionText' in rule ? String(rule.conditionText).replace(/\s+/g, '') : '';
        visit((rule as CSSGroupingRule).cssRules, `${context}@${rule.constructor.name}${condition} `);
      }
    }
  };
  for (const sheet of sheets) visit(sheet.cssRules, '');
  return rules;
}

/** The source stylesheet, parsed by this browser. */
export function parsedSheet(cssText: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return sheet;
}
