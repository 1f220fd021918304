/**
 * fetchJson's limits over real HTTP (test/server/json-echo.plugin.mjs, 30-big-json.middleware.mjs): a body that never
 * ends is given up on, so is one too big however its size is (not) announced, and a broken answer is told from bad
 * JSON; fetchDatasets never keeps a widget waiting on a partner's late server.
 */
import { expect } from '@open-wc/testing';
import { fetchDatasets, fetchJson, fetchJsonOnce, FetchJsonError, MAX_JSON_BYTES, PARTNER_GRACE_MS } from '../../src/core/fetch-json.js';
import { serveJson } from '../helpers/json-echo.js';
import { failNextRequest, requestsFor, resetServerLog } from '../helpers/requests.js';

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
    const error = await failure(fetchJson(url, { timeoutMs: 500 }));
    // Ended by the timeout: had the server ended it (by breaking the connection at 8 s), this would be 'network'.
    expect(error.reason).to.equal('timeout');
    expect(error.message).to.include('did not finish its answer in time');
  });

  for (const [how, query] of [
    ['with an honest Content-Length', ''],
    ['compressed, with the small Content-Length of its compressed bytes', '&gzip=1'],
    ['without a Content-Length', '&chunked=1'],
  ]) {
    it(`gives up on a body over the size limit, ${how}`, async () => {
      const error = await failure(fetchJson(`/__big-json?mb=3${query}`));
      expect(error.reason).to.equal('too-large');
      expect(error.message).to.include(`is larger than ${MAX_JSON_BYTES / 1e6} MB`);
    });
  }

  it('reads a body just under the size limit', async () => {
    const json = (await fetchJson('/__big-json?mb=1&chunked=1', { maxBytes: 1_200_000 })) as { entries: unknown[] };
    expect(json.entries.length).to.be.greaterThan(1000);
    expect((await failure(fetchJson('/__big-json?mb=1&chunked=1', { maxBytes: 900_000 }))).reason).to.equal('too-large');
  });

  it('says a connection broken in the middle of the body is a network failure, not bad JSON', async () => {
    const url = `${await serveJson(DOCUMENT)}?stall=200`;
    const error = await failure(fetchJson(url, { timeoutMs: 5000 }));
    expect(error.reason).to.equal('network');
    expect(error.message).to.include('broke off its answer');
  });
});

describe('fetchJsonOnce', () => {
  it('shares one request among its readers, and forgets a failed one: the next reader asks again', async () => {
    const url = await serveJson(DOCUMENT);
    await resetServerLog();
    await failNextRequest(new URL(url).pathname);
    const [first, second] = await Promise.allSettled([fetchJsonOnce(url), fetchJsonOnce(url)]);
    expect([first.status, second.status]).to.deep.equal(['rejected', 'rejected']);
    expect(await requestsFor(url), 'one request for both').to.equal(1);
    expect(await fetchJsonOnce(url)).to.deep.equal(JSON.parse(DOCUMENT));
    expect(await fetchJsonOnce(url)).to.deep.equal(JSON.parse(DOCUMENT));
    expect(await requestsFor(url), 'asked again once after the failure, then kept').to.equal(2);
  });
});

describe('fetchDatasets', () => {
  it('does not wait for a late partner beyond the grace period, and hands over its answer when it comes', async () => {
    const bundledUrl = await serveJson(DOCUMENT);
    const src = `${await serveJson(DOCUMENT)}?delay=3000`;
    const started = performance.now();
    const { bundled, partner, late } = await fetchDatasets(bundledUrl, src);
    const waited = performance.now() - started;
    expect(bundled.status).to.equal('fulfilled');
    expect(partner).to.equal(undefined);
    // It gave the partner its grace period; that it did not wait for the answer itself shows in `partner` above.
    expect(waited).to.be.at.least(PARTNER_GRACE_MS - 50);
    expect((await late!).status).to.equal('fulfilled');
  });

  it('never reports an unusable src as an unhandled rejection while the bundled data is still on its way', async () => {
    const unhandled: unknown[] = [];
    const record = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', record);
    try {
      const bundledUrl = `${await serveJson(DOCUMENT)}?delay=300`;
      const { partner } = await fetchDatasets(bundledUrl, 'mailto:a@b.org');
      expect(partner?.status).to.equal('rejected');
    } finally {
      window.removeEventListener('unhandledrejection', record);
    }
    expect(unhandled).to.deep.equal([]);
  });

  it('asks a failing partner once per load, even when its failure is forgotten before the bundled data is in', async () => {
    const bundledUrl = `${await serveJson(DOCUMENT)}?delay=300`;
    const src = await serveJson(DOCUMENT);
    await resetServerLog();
    await failNextRequest(new URL(src).pathname);
    const { partner } = await fetchDatasets(bundledUrl, src);
    expect(partner?.status).to.equal('rejected');
    expect(await requestsFor(src)).to.equal(1);
  });

  it('counts the grace period from the request: a partner that answered while the bundled data was slower is used at once', async () => {
    const bundledUrl = `${await serveJson(DOCUMENT)}?delay=2500`;
    const src = await serveJson(DOCUMENT);
    const { partner, late } = await fetchDatasets(bundledUrl, src);
    expect(partner?.status).to.equal('fulfilled');
    expect(late).to.equal(undefined);
  });
});
