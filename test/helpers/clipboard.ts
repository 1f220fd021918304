import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** Pastes the clipboard into a fresh text area with the real keyboard shortcut, and returns what arrived. */
export async function pasteClipboard(): Promise<string> {
  const area = document.createElement('textarea');
  area.setAttribute('aria-label', 'paste target');
  document.body.append(area);
  area.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'v' });
  await sendKeys({ up: 'Control' });
  await waitUntil(() => area.value !== '', 'the pasted text', { timeout: 3000 });
  const text = area.value;
  area.remove();
  return text;
}

/**
 * Makes every way of copying fail, as a page whose permissions policy forbids the clipboard would: the Clipboard API
 * refuses and the selection fallback copies nothing. Returns the function that gives both back.
 */
export function refuseClipboard(): () => void {
  Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
  Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
  return () => {
    delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    delete (document as unknown as Record<string, unknown>).execCommand;
  };
}
