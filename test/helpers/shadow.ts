/** The text a sighted visitor reads in an element's shadow root (slots resolved to their fallback or assigned text). */
export function visibleText(host: Element): string {
  return (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element in the shadow root that carries a part name. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/** A range over the first occurrence of `text` in the text nodes under `element`. */
function rangeOfText(element: Element, text: string): Range {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent!.indexOf(text);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    return range;
  }
  throw new Error(`"${text}" is not in ${element.outerHTML.slice(0, 80)}`);
}

/**
 * Where a piece of text is drawn: the box of the first occurrence of `text` in the text nodes under `element`
 * (for checks of reading order and alignment in right-to-left layouts).
 */
export function rectOfText(element: Element, text: string): DOMRect {
  return rangeOfText(element, text).getBoundingClientRect();
}

/**
 * On how many lines a piece of text is drawn (a word broken across two lines is on two): the distinct lines of its
 * boxes, leaving out the empty box a browser may add at the end of the line before it. Without `text`, the
 * element's whole text, over all its text nodes.
 */
export function linesOfText(element: Element, text?: string): number {
  let range = document.createRange();
  if (text === undefined) range.selectNodeContents(element);
  else range = rangeOfText(element, text);
  const drawn = [...range.getClientRects()].filter((rect) => rect.width > 0);
  return new Set(drawn.map((rect) => Math.round(rect.top))).size;
}

/**
 * The words of an element's text drawn on more than one line, i.e. broken inside the word. Words are what the
 * text's regular spaces separate: a no-break space inside a number ("1 234") keeps it one word.
 */
export function wordsBrokenAcrossLines(element: Element): string[] {
  return element
    .textContent!.trim()
    .split(' ')
    .filter((word) => word && linesOfText(element, word) > 1);
}
