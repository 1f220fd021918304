/**
 * Leaves the page the safest way a script can: the current history entry is replaced (Back does not return
 * here), no referrer tells the neutral site where the visitor came from, and the tab title stops naming
 * the campaign while the next page loads.
 */
export function leavePage(href: string): void {
  // A referrer policy added to the document applies to navigations that start after it (HTML standard,
  // "meta referrer"); location.replace() itself has no referrer option.
  const policy = document.createElement('meta');
  policy.name = 'referrer';
  policy.content = 'no-referrer';
  document.head.append(policy);
  document.title = '\u00a0';
  // A close-page warning the page set as a handler ("Leave site?") would keep the visitor here. One it added with
  // addEventListener cannot be removed: src/core/page-exit.ts stops those it can.
  window.onbeforeunload = null;
  location.replace(href);
}
