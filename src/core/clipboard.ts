/**
 * Copies text for the visitor. Uses the Clipboard API, and where it is missing or refused (permissions, an
 * insecure context, an iframe without clipboard-write) falls back to a selected, off-screen textarea.
 * Resolves true when the text was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the selection fallback below.
  }
  return copyWithSelection(text);
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  // Off-screen through CSSOM (allowed under a strict CSP, unlike a style attribute).
  Object.assign(area.style, { position: 'fixed', insetInlineStart: '-9999px', opacity: '0' });
  // Remember the focused control itself, inside shadow roots, not its host, to give focus back after copying.
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus?.({ preventScroll: true });
  return copied;
}
