/**
 * Loaded before every browser test file (web-test-runner.config.mjs, `testRunnerHtml`). A failed assertion carries
 * its `actual` and `expected` values to the test runner; when one is a DOM node (`expect(part(el, 'x')).to.equal(null)`
 * that found an element), sending it never finishes and the whole file times out after minutes instead of reporting
 * the failure. This chai plugin puts a short description of the node in its place, so the failure shows at once.
 */
// chai itself (the same module @open-wc/testing re-exports), not @open-wc/testing: loading that package before the
// test framework kept the quick exit's Shift-key tests from seeing their key presses.
import { use } from '@esm-bundle/chai';

const MAX_LENGTH = 300;

/** An element's markup (or a node's name and text), cut to a readable length; any other value as it is. */
function describeNode(value: unknown): unknown {
  if (!(value instanceof Node)) return value;
  const text = value instanceof Element ? value.outerHTML : `${value.nodeName}: ${value.textContent ?? ''}`;
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

use(({ Assertion, AssertionError }: Chai.ChaiStatic) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: unknown[]) {
    try {
      return (assert as (...a: unknown[]) => void).apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const failure = error as { actual?: unknown; expected?: unknown };
        failure.actual = describeNode(failure.actual);
        failure.expected = describeNode(failure.expected);
      }
      throw error;
    }
  };
});
