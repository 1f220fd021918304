import { onPageExit } from './page-exit.js';

let wroteClipboard = false;

/**
 * What a widget copied (the campaign's link, a call script) would outlive the page: pasted on the neutral site, or by
 * the next person on the device, it tells where the visitor was. So the quick exit overwrites it, best effort: the
 * browser may refuse without the visitor's click or key press, or focus, and the exit never waits for it. What the
 * operating system keeps (a clipboard history) is out of reach.
 */
function forgetCopiedText(): void {
  // A space rather than nothing: any system's clipboard takes it in place of what was there. Copied at once while the
  // visitor's key press or click still allows it: the Clipboard API answers later, when the next page may have come.
  if (!copyWithSelection(' ')) void navigator.clipboard?.writeText(' ').catch(() => undefined);
}

/** From the first copy on, the quick exit overwrites the clipboard. */
function remember(): void {
  if (wroteClipboard) return;
  wroteClipboard = true;
  onPageExit(forgetCopiedText);
}

/**
 * Copies text for the visitor. Uses the Clipboard API, and where it is missing or refused (permissions, an
 * insecure context, an iframe without clipboard-write) falls back to a selected, off-screen textarea.
 * Resolves true when the text was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      remember();
      return true;
    }
  } catch {
    // Refused: try the selection fallback below.
  }
  const copied = copyWithSelection(text);
  if (copied) remember();
  return copied;
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
