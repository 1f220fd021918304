/**
 * The light-DOM nodes a host gives a slot (`''` for the default slot). Whitespace-only text is no content: a CMS that
 * writes `<trafficking-stat stat="…">` on one line and its end tag on the next must still get the default label.
 */
export function slottedContent(host: Element, name = ''): Node[] {
  return [...host.childNodes].filter((node) =>
    node instanceof Element ? node.slot === name : name === '' && node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
  );
}
