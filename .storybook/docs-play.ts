/**
 * For play functions that bring a story to a state (errors shown, a form opened, a thank-you): on a Docs page every
 * story plays at once, and a widget that moves the focus (to the first field to fix, to an opened form) would scroll
 * the page to itself. Run the steps through this and the Docs page stays where the reader has it, with each section in
 * its state. On a story's own page the steps just run.
 */
export async function playInPlace(viewMode: string | undefined, element: Element, steps: () => Promise<void>): Promise<void> {
  if (viewMode !== 'docs') return steps();
  const { scrollX, scrollY } = window;
  await steps();
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 100));
  window.scrollTo(scrollX, scrollY);
}
