/*
 * Plain DOM for the configurator's page: elements made with their attributes, no framework and no inline script or
 * style (the page runs under a strict Content-Security-Policy).
 */

export type Child = Node | string | null | undefined | false;

/** An element with attributes (a boolean sets or leaves out the attribute) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** Text with `backticked` spans shown as code. */
export function rich(text: string): Node[] {
  return text.split('`').map((part, i) => (i % 2 ? h('code', {}, part) : document.createTextNode(part)));
}

/** A radio button of group `name` with its label and help (its id: `name-value`), and its box. */
export function radio(name: string, value: string, checked: boolean, label: Child[], help: string, onChoose: () => void): [HTMLInputElement, HTMLElement] {
  const id = `${name}-${value}`;
  const input = h('input', { type: 'radio', name, id, value, 'aria-describedby': `${id}-help`, checked });
  input.addEventListener('change', onChoose);
  return [input, h('div', { class: 'check' }, input, h('label', { for: id }, ...label), h('p', { class: 'help', id: `${id}-help` }, ...rich(help)))];
}
