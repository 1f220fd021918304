/**
 * fetchJson's limits over real HTTP (test/server/json-echo.plugin.mjs): a body that never ends is given up on, and a
 * broken answer is told from bad JSON.
 */
import { expect } from '@open-wc/testing';
import { fetchJson, FetchJsonError } from '../../src/core/fetch-json.js';
import { serveJson } from '../helpers/json-echo.js';

const DOCUMENT = JSON.stringify({ schema: 1, entries: [{ country: 'GB' }], notes: 'x'.repeat(2000) });

/** The FetchJsonError `fetching` fails with (the test fails if it succeeds or fails otherwise). */
async function failure(fetching: Promise<unknown>): Promise<FetchJsonError> {
  try {
    await fetching;
  } catch (error) {
    expect(error).to.be.instanceOf(FetchJsonError);
    return error as FetchJsonError;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchJson', () => {
  it('gives up on an answer whose body never ends, as a timeout', async () => {
    // The server sends the headers and half the body, then nothing for 8 s: only the timeout can end the wait.
    const url = `${await serveJson(DOCUMENT)}?stall=8000`;
    const started = performance.now();
    const error = await failure(fetchJson(url, { timeoutMs: 500 }));
    expect(error.reason).to.equal('timeout');
    expect(error.message).to.include('did not finish its answer in time');
    expect(performance.now() - started, 'ended by the timeout, not by the server').to.be.below(4000);
  });

  it('says a connection broken in the middle of the body is a network failure, not bad JSON', async () => {
    const url = `${await serveJson(DOCUMENT)}?stall=200`;
    const error = await failure(fetchJson(url, { timeoutMs: 5000 }));
    expect(error.reason).to.equal('network');
    expect(error.message).to.include('broke off its answer');
  });
});
