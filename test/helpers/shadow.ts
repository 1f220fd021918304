/** The text a sighted visitor reads in an element's shadow root (slots resolved to their fallback or assigned text). */
export function visibleText(host: Element): string {
  return (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element in the shadow root that carries a part name. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}
