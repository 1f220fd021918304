import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetServerLog, serverLog } from '../../helpers/requests.js';
import { part } from '../../helpers/shadow.js';

// Its own test file, so its page has loaded no <mission-contact> before: the dataset must be fetched only once a
// <mission-contact> is connected, and only once per page however many there are. The dataset's address gets a
// query unique to this run, so the browser's HTTP cache (warm from other test files) cannot hide the request.
const RUN = `run=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

const isDataset = (path: string) => path.endsWith('/data/missions.json');
const datasetTimings = () => performance.getEntriesByType('resource').filter((entry) => isDataset(new URL(entry.name).pathname));
const datasetRequests = async () => (await serverLog()).filter((request) => isDataset(request.path));

describe('<mission-contact> data loading', () => {
  before(async () => {
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
    await resetServerLog();
  });

  it('requests no dataset when the widget is registered but none is on the page', async () => {
    await import('../../../src/widgets/mission-contact/mission-contact.define.js');
    const { MissionContact } = await import('../../../src/widgets/mission-contact/mission-contact.js');
    MissionContact.dataUrl = `${MissionContact.dataUrl}?${RUN}`;
    const detached = document.createElement('mission-contact');
    detached.setAttribute('country', 'KE');
    await aTimeout(300);
    expect(datasetTimings()).to.have.length(0);
    expect(await datasetRequests()).to.have.length(0);
  });

  it('fetches the dataset once a widget is connected, once per page for every widget, without cookies', async () => {
    const first = await fixture(html`<mission-contact country="KE"></mission-contact>`);
    await waitUntil(() => part(first, 'name'), 'the first widget renders');
    const second = await fixture(html`<mission-contact country="AF"></mission-contact>`);
    await waitUntil(() => part(second, 'name'), 'the second widget renders');
    expect(part(first, 'name')!.textContent).to.equal('The Permanent Mission of the Republic of Kenya to the United Nations');
    const timings = datasetTimings();
    expect(timings).to.have.length(1);
    expect(new URL(timings[0].name).pathname).to.equal('/src/data/missions.json');
    const requests = await datasetRequests();
    expect(requests).to.have.length(1);
    expect(requests[0].cookie).to.equal(null);
    expect(requests[0].referer).to.equal(null);
  });
});
