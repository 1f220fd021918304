/**
 * Widgets where partners really put them: inside their own components' shadow roots, inside a modal <dialog>,
 * and on a page that already has its own element called `share-card`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../helpers/console.js';
import { resetServerLog, serverLog } from '../helpers/requests.js';

/** A partner's own `<share-card>`, defined before our script loads. */
class PartnerShareCard extends HTMLElement {
  connectedCallback() {
    this.textContent = 'Partner card';
  }
}
customElements.define('share-card', PartnerShareCard);

const WIDGETS = html`
  <trafficking-stat stat="ilo-2014-forced-labour-profits"></trafficking-stat>
  <share-card stat="unodc-2024-women-girls-share" url="https://partner.example/campaign"></share-card>
  <petition-form action="/__requests/none" fields="given-name email"></petition-form>
  <mission-contact country="KE"></mission-contact>
  <quick-exit href="https://www.bbc.co.uk/weather" no-skip-link></quick-exit>
  <help-line country="GB"></help-line>
`;
const OURS = ['trafficking-stat', 'petition-form', 'mission-contact', 'quick-exit', 'help-line'];

let defineWarnings: string[] = [];

const rendered = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').trim() !== '';

describe('widgets in partner contexts', () => {
  before(async () => {
    defineWarnings = await captureWarnings(() => import('../../src/define.js'));
  });

  it('leave a share-card the page already defined alone, with one warning, and still define the rest', async () => {
    expect(customElements.get('share-card') === PartnerShareCard).to.equal(true);
    expect(defineWarnings.filter((warning) => warning.includes('<share-card> is already defined by another script')).length).to.equal(1);
    const wrapper = await fixture(html`<div>${WIDGETS}</div>`);
    expect(wrapper.querySelector('share-card')!.textContent).to.equal('Partner card');
    for (const tag of OURS) {
      const el = wrapper.querySelector(tag);
      await waitUntil(() => rendered(el), `<${tag}> renders`);
    }
  });

  it('render, fire events and follow the locale inside a partner component’s shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const stat = document.createElement('trafficking-stat');
    stat.setAttribute('stat', 'unknown-id');
    const errors: string[] = [];
    document.addEventListener('cw-error', (event) => errors.push(event.detail.code), { once: true });
    await captureWarnings(async () => {
      root.append(stat);
      await (stat as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    // Events are composed: they reach the partner's document listener through the shadow boundary.
    expect(errors).to.deep.equal(['unknown-stat']);

    root.innerHTML = '';
    const mission = document.createElement('mission-contact');
    mission.setAttribute('country', 'KE');
    const exit = document.createElement('quick-exit');
    exit.setAttribute('no-skip-link', '');
    const help = document.createElement('help-line');
    help.setAttribute('country', 'GB');
    root.append(mission, exit, help);
    await waitUntil(() => rendered(mission) && rendered(exit) && rendered(help), 'widgets inside the shadow root render');
    await expect(host).to.be.accessible();
  });

  it('work inside a modal dialog: rendered, reachable by keyboard, no request before use', async () => {
    await resetServerLog();
    const dialog = await fixture<HTMLDialogElement>(html`<dialog aria-label="Take action">${WIDGETS}</dialog>`);
    dialog.showModal();
    for (const tag of OURS) await waitUntil(() => rendered(dialog.querySelector(tag)), `<${tag}> renders in the dialog`);
    const petition = dialog.querySelector('petition-form')!;
    const input = petition.shadowRoot!.querySelector('input')!;
    input.focus();
    expect(petition.shadowRoot!.activeElement === input).to.equal(true);
    await expect(dialog).to.be.accessible();
    // Nothing was sent anywhere just by showing the widgets (the mission and help-line datasets are their own data).
    const sent = (await serverLog()).filter((request) => request.method !== 'GET');
    expect(sent).to.deep.equal([]);
    dialog.close();
  });
});
