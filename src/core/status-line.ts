import { html, type TemplateResult } from 'lit';

/**
 * A visible status line ("Loading…", "Trying again…") that is always in the template: screen readers announce a live
 * region's text only when the region was there before the text came, and miss one added with its text already in.
 * Empty, it is visually hidden (still in the accessibility tree) and takes no room.
 */
export function statusLine(text: string, part: string): TemplateResult {
  // One line on purpose: the region's text is exactly the message, with no whitespace around it.
  return html`<p role="status" part=${part} class=${text ? 'status' : 'visually-hidden'}>${text}</p>`;
}
