import { expect } from '@open-wc/testing';
import { part, visibleText } from './shadow.js';

/**
 * What a screen reader needs of a widget's status line (src/core/status-line.ts): a live region already there and
 * empty before `act` gives it `message` (one added with its text already in is often not announced), the same
 * region after, and the message on screen. Returns the region.
 */
export async function expectStatusMessage(el: HTMLElement & { updateComplete: Promise<unknown> }, act: () => unknown, message: string): Promise<HTMLElement> {
  const region = part(el, 'loading')!;
  expect(region.getAttribute('role')).to.equal('status');
  expect(region.textContent, 'empty before its message').to.equal('');
  await act();
  await el.updateComplete;
  expect(part(el, 'loading'), 'the same region').to.equal(region);
  expect(region.textContent).to.equal(message);
  expect(visibleText(el)).to.include(message);
  return region;
}
