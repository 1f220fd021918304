/**
 * No trace by default: a visitor uses every widget, and afterwards nothing of it is on the device and nothing
 * went anywhere but the partner's own endpoints. Proved from the page (cookies, storage, Resource Timing) and from
 * the test server's log of every request.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PetitionForm } from '../../src/widgets/petition-form/petition-form.js';
import { MissionContact } from '../../src/widgets/mission-contact/mission-contact.js';
import { HelpLine } from '../../src/widgets/help-line/help-line.js';
import { part } from '../helpers/shadow.js';
import { resetServerLog, serverLog } from '../helpers/requests.js';
import { ADA, PetitionServer, autofill, thanksShown } from '../widgets/petition-form/helpers.js';

async function storedDatabases(): Promise<string[]> {
  // indexedDB.databases() lists every database of this origin (Chromium; Firefox 126+).
  if (typeof indexedDB.databases !== 'function') return [];
  return (await indexedDB.databases()).map((db) => db.name ?? '');
}

describe('no trace by default', () => {
  it('leaves no cookie, storage or third-party request after a visitor uses every widget', async () => {
    const server = new PetitionServer();
    localStorage.clear();
    sessionStorage.clear();
    await resetServerLog();
    performance.clearResourceTimings();
    const databasesBefore = await storedDatabases();
    // A fresh dataset address, so the browser's HTTP cache (warm from other test files) cannot hide the request.
    MissionContact.dataUrl = `/src/data/missions.json?run=${Date.now()}`;
    HelpLine.dataUrl = `/src/data/helplines.json?run=${Date.now()}`;

    const page = await fixture(
      html`<div>
        <quick-exit href="https://www.bbc.co.uk/weather" no-skip-link></quick-exit>
        <trafficking-stat stat="ilo-2014-forced-labour-profits" animate></trafficking-stat>
        <share-card stat="unodc-2024-women-girls-share" url="https://partner.example/campaign" networks="x email copy mastodon" download></share-card>
        <petition-form action=${server.sign} fields="given-name family-name email country" consent="Keep me informed."></petition-form>
        <mission-contact country="KE"></mission-contact>
        <help-line compact country="GB"></help-line>
      </div>`,
    );
    const petition = page.querySelector('petition-form') as PetitionForm;
    petition.minFillTime = 0;
    const mission = page.querySelector('mission-contact')!;
    await waitUntil(() => part(mission, 'card') !== null, 'the mission card renders');

    // Use them: copy a share link, open the Mastodon form and type a server, copy the call script, reveal the help
    // contacts and call a line, sign, and start (then break off) the exit shortcut.
    const share = page.querySelector('share-card')!;
    part<HTMLButtonElement>(share, 'action-copy')!.click();
    part<HTMLButtonElement>(share, 'action-mastodon')!.click();
    await waitUntil(() => part(share, 'input'), 'the Mastodon form opens');
    part<HTMLInputElement>(share, 'input')!.focus();
    await sendKeys({ type: 'mastodon.social' });
    part<HTMLButtonElement>(mission, 'copy')!.click();
    const help = page.querySelector('help-line')!;
    const helpUsed: unknown[] = [];
    help.addEventListener('cw-help', (event) => helpUsed.push(event.detail));
    // The phone app opens outside the page: here the link is only followed as far as the widget sees the click.
    help.addEventListener('click', (event) => event.preventDefault());
    part<HTMLButtonElement>(help, 'reveal')!.click();
    await waitUntil(() => part(help, 'phone'), 'the help contacts show');
    part<HTMLAnchorElement>(help, 'phone')!.click();
    expect(helpUsed).to.deep.equal([{ country: 'GB', channel: 'phone' }]);
    autofill(petition, ADA);
    part<HTMLButtonElement>(petition, 'submit')!.click();
    await waitUntil(() => thanksShown(petition), 'the signature is accepted', { timeout: 8000 });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Escape' });

    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(await storedDatabases()).to.deep.equal(databasesBefore);

    // Every request the page made went to its own origin (the test server standing in for the partner).
    const requested = performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(requested.filter((url) => url.origin !== location.origin).map(String)).to.deep.equal([]);
    // And the server saw only what a visitor's actions call for: the mission and help data, and one signature.
    const log = (await serverLog()).filter((request) => !request.path.startsWith('/__web-dev-server') && !/\.(ts|js|mjs|map)$/.test(request.path));
    expect(log.map((request) => `${request.method} ${request.path}`).sort()).to.deep.equal(
      [`POST ${server.sign}`, 'GET /src/data/missions.json', 'GET /src/data/helplines.json'].sort(),
    );
    expect(log.every((request) => request.cookie === null)).to.equal(true);
    const signed = await server.log();
    expect(signed.length).to.equal(1);
    expect(signed[0]!.cookie).to.equal(false);
  });

  it('does not prefill or recognise a returning visitor', async () => {
    const server = new PetitionServer();
    const first = await fixture<PetitionForm>(html`<petition-form action=${server.sign}></petition-form>`);
    autofill(first, ADA);
    first.remove();
    const again = await fixture<PetitionForm>(html`<petition-form action=${server.sign}></petition-form>`);
    const values = [...again.shadowRoot!.querySelectorAll<HTMLInputElement>('input:not([type="checkbox"]), select')].map((input) => input.value);
    expect(values.every((value) => value === '')).to.equal(true);
    expect(localStorage.length).to.equal(0);
  });
});
