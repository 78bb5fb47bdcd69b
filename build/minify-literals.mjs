/**
 * A Vite plugin for the bundles: minifies the text inside Lit's css`…` and html`…` literals,
 * which no bundler touches (to a bundler they are only strings). The styles are an eighth of the
 * bundle; minifying them and the templates' indentation keeps the bundles within `npm run size`.
 *
 * - css: minified by lightningcss. An interpolation (`${textReset}`, always a list of
 *   declarations in our styles) stands in as a custom-property placeholder meanwhile.
 * - html: a run of white space that holds a line break becomes one space. HTML renders any run
 *   of white space as one space, and none of our templates has `<pre>` or a `white-space: pre` box.
 */
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';

const placeholder = (index) => `--pf-interpolation-${index}:0`;

/** Minifies CSS split around interpolations; returns the parts to put back between them. */
function minifyCssParts(parts, file = 'styles.css') {
  const css = parts.map((part, index) => (index === 0 ? part : `${placeholder(index - 1)};${part}`)).join('');
  // A bare declaration list (a fragment such as textReset) is wrapped in a rule for the parser.
  const bare = !css.includes('{');
  const source = bare ? `x{${css}}` : css;
  let code = transform({ filename: file, code: Buffer.from(source), minify: true }).code.toString();
  if (bare) code = code.slice(2, -1);
  const result = [];
  for (let index = 0; index < parts.length - 1; index += 1) {
    const [before, ...after] = code.split(placeholder(index));
    if (after.length !== 1) throw new Error(`${file}: the CSS minifier moved or dropped interpolation ${index}`);
    result.push(before);
    code = after[0].replace(/^;/, '');
  }
  result.push(code);
  return result.map((part, index) => (index < result.length - 1 ? part.replace(/;?$/, ';') : part));
}

function collapseHtmlWhitespace(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The raw text of each piece of a template literal, with its place in the source. */
function quasis(template) {
  const pieces = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return pieces.map((piece) => {
    const start = piece.getStart() + 1;
    const end = piece.getEnd() - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
    return { start, end };
  });
}

/** The source with every css`…` and html`…` literal minified, as a MagicString (for the source map). */
function minifyLiteralsIn(code, file) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const output = new MagicString(code);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html'].includes(node.tag.text)) {
      const pieces = quasis(node.template);
      const texts = pieces.map(({ start, end }) => code.slice(start, end));
      // Escapes would need cooking before the CSS parser sees them; our styles have none.
      const minified =
        node.tag.text === 'html'
          ? texts.map(collapseHtmlWhitespace)
          : texts.some((text) => text.includes('\\'))
            ? texts
            : minifyCssParts(texts, file);
      pieces.forEach(({ start, end }, index) => {
        if (minified[index] !== texts[index] && end > start) output.overwrite(start, end, minified[index]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return output;
}

/** @returns {import('vite').Plugin} */
export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\/src\/element\/.*\.ts$/.test(id) || id.endsWith('.test.ts')) return null;
      const output = minifyLiteralsIn(code, id);
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
