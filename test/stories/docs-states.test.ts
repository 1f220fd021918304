// Storybook Docs pages show each state their stories describe: the play functions run there too
// (`docs.story.autoplay` in .storybook/preview.ts), all at once on one page. Each state story is rendered here as
// Storybook renders it and played as on a Docs page: it reaches its state, and the page is not scrolled to it.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import petitionMeta, * as petition from '../../stories/petition-form.stories.js';
import shareMeta, * as share from '../../stories/share-card.stories.js';

type AnyStory = {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: object) => Promise<void>;
  tags?: string[];
};
type AnyMeta = { args?: Record<string, unknown>; render?: (args: Record<string, unknown>) => TemplateResult };

const shadowText = (element: Element | null) => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** Renders a story into the page and plays it as the Docs page does; returns its canvas. */
async function playInDocs(meta: AnyMeta, story: AnyStory): Promise<HTMLElement> {
  const canvas = document.createElement('div');
  document.body.append(canvas);
  const args = { ...meta.args, ...story.args };
  render((story.render ?? meta.render)!(args), canvas);
  await story.play!({ canvasElement: canvas, viewMode: 'docs', args });
  return canvas;
}

describe('Docs pages show the states their stories describe', function () {
  this.timeout(20_000);
  const spacer = document.createElement('div');

  before(() => {
    // A page taller than the window, scrolled to its top, as a Docs page opens.
    spacer.style.blockSize = '400vh';
    document.body.prepend(spacer);
    window.scrollTo(0, 0);
  });
  after(() => spacer.remove());
  afterEach(() => {
    for (const canvas of document.body.querySelectorAll(':scope > div:not(:first-child)')) canvas.remove();
  });

  it('every story with a play function on a Docs page is one of those checked here', () => {
    const played = (module: Record<string, unknown>) =>
      Object.entries(module)
        .filter(([name, story]) => name !== 'default' && (story as AnyStory).play && !(story as AnyStory).tags?.includes('!autodocs'))
        .map(([name]) => name)
        .sort();
    expect(played(petition)).to.deep.equal(['Sending', 'ThankYou', 'ValidationErrors']);
    expect(played(share)).to.deep.equal(['MastodonError', 'MastodonForm']);
  });

  it('petition "Validation errors": the messages under the fields, the page not scrolled', async () => {
    const canvas = await playInDocs(petitionMeta as AnyMeta, petition.ValidationErrors as AnyStory);
    expect(shadowText(canvas.querySelector('petition-form'))).to.contain('Enter your email address');
    expect(window.scrollY).to.equal(0);
  });

  it('petition "Sending": the signature on its way', async () => {
    const canvas = await playInDocs(petitionMeta as AnyMeta, petition.Sending as AnyStory);
    expect(shadowText(canvas.querySelector('petition-form'))).to.contain('Sending your signature');
  });

  it('petition "Thank you": the thank-you, the page not scrolled', async () => {
    const canvas = await playInDocs(petitionMeta as AnyMeta, petition.ThankYou as AnyStory);
    expect(shadowText(canvas.querySelector('petition-form'))).to.contain('Thank you for signing');
    expect(window.scrollY).to.equal(0);
  });

  it('share card "Mastodon form" and "Mastodon error": the form open, the error shown', async () => {
    const open = await playInDocs(shareMeta as AnyMeta, share.MastodonForm as AnyStory);
    expect(open.querySelector('share-card')!.shadowRoot!.querySelector('form:not([hidden])')).to.not.equal(null);
    const error = await playInDocs(shareMeta as AnyMeta, share.MastodonError as AnyStory);
    expect(shadowText(error.querySelector('share-card'))).to.contain('Enter the address of your server');
    expect(window.scrollY).to.equal(0);
  });
});
