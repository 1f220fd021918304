/**
 * "Show code" shows what a partner pastes: each widget's tag with its attributes and its own content, not the story's
 * scaffolding (a frame of a set width, a scrolling page, the toolbar's direction wrapper). A pure function of the
 * rendered HTML (`docs.source.transform` in preview.ts); test/stories/ checks it.
 */

/** The tags a partner writes. */
export const WIDGET_TAGS = ['trafficking-stat', 'share-card', 'petition-form', 'mission-contact', 'quick-exit', 'help-line'] as const;

const SELECTOR = WIDGET_TAGS.join(',');
/** Lit's markers left in rendered HTML (`<!--?lit$123$-->`, `<!---->`). */
const LIT_COMMENTS = /<!--\?lit\$[0-9]+\$-->|<!--\??-->/g;
/** An opening tag longer than this puts each attribute on a line of its own. */
const LINE = 100;

/** An attribute as a partner writes it: a bare name when empty (`compact`, not `compact=""`: the same in HTML). */
function attribute({ name, value }: Attr): string {
  return value === '' ? name : `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

/** Whitespace as the browser reads it: one space, none just inside an element's own tags. */
function collapsed(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(<[^>]+>) /, '$1')
    .replace(/ (<\/[^>]+>)$/, '$1');
}

/** The content, one line per child (an element, or a text), without the template's indentation. */
function contentLines(element: Element): string[] {
  return [...element.childNodes]
    .map((node) => (node instanceof Element ? collapsed(node.outerHTML) : node.nodeType === Node.TEXT_NODE ? collapsed(node.textContent!) : ''))
    .filter((line) => line !== '');
}

/** One widget's tag, its attributes and its content, indented by two spaces a level. */
function snippet(element: Element): string {
  const tag = element.localName;
  const attributes = [...element.attributes].map(attribute);
  const oneLine = `<${[tag, ...attributes].join(' ')}>`;
  const open = oneLine.length <= LINE || !attributes.length ? oneLine : `<${tag}\n${attributes.map((text) => `  ${text}`).join('\n')}\n>`;
  const content = contentLines(element);
  return content.length ? `${open}\n${content.map((line) => `  ${line}`).join('\n')}\n</${tag}>` : `${open}</${tag}>`;
}

/**
 * The widgets in a story's rendered HTML, as a partner would paste them: every widget that is not inside another one
 * (a `<share-card>` in a petition's `after` slot stays part of the petition), one after the other. HTML without a
 * widget is returned as it is.
 */
export function partnerSnippet(code: string): string {
  const template = document.createElement('template');
  template.innerHTML = code.replace(LIT_COMMENTS, '');
  const widgets = [...template.content.querySelectorAll(SELECTOR)].filter((element) => !element.parentElement?.closest(SELECTOR));
  return widgets.length ? widgets.map(snippet).join('\n\n') : code.trim();
}
