// "Show code" (.storybook/source.ts): the widget's tag as a partner pastes it, without the story's scaffolding.
import { expect } from '@open-wc/testing';
import { partnerSnippet } from '../../.storybook/source.js';

describe('Show code', () => {
  it('drops the wrapper a story draws around the widget, and Lit markers', () => {
    const code = '<div style="inline-size: 280px"><!--?lit$1234$--><share-card stat="x" url="https://partner.example/"><!----></share-card></div>';
    expect(partnerSnippet(code)).to.equal('<share-card stat="x" url="https://partner.example/"></share-card>');
  });

  it('writes boolean attributes bare', () => {
    expect(partnerSnippet('<help-line country="GB" compact=""></help-line>')).to.equal('<help-line country="GB" compact></help-line>');
  });

  it('keeps the widget content, without the template indentation', () => {
    const code = '<petition-form action="/receiver/sign">\n      <p lang="en">\n        We call…\n      </p> <p slot="after">Thanks</p>\n    </petition-form>';
    expect(partnerSnippet(code)).to.equal(
      '<petition-form action="/receiver/sign">\n  <p lang="en">We call…</p>\n  <p slot="after">Thanks</p>\n</petition-form>',
    );
  });

  it('puts each attribute on a line of its own when the tag is long', () => {
    const style = '--cw-color-accent: #5b2a86; --cw-help-line-background: #f7f2fb; --cw-help-line-emergency-background: #8a1c1c';
    expect(partnerSnippet(`<help-line country="GB" style="${style}"></help-line>`)).to.equal(`<help-line\n  country="GB"\n  style="${style}"\n></help-line>`);
  });

  it('keeps a widget inside another one as content, and several widgets one after the other', () => {
    const code =
      '<div><quick-exit href="https://www.bbc.co.uk/weather"></quick-exit><p>page text</p><petition-form><share-card slot="after" stat="x"></share-card></petition-form></div>';
    expect(partnerSnippet(code)).to.equal(
      '<quick-exit href="https://www.bbc.co.uk/weather"></quick-exit>\n\n<petition-form>\n  <share-card slot="after" stat="x"></share-card>\n</petition-form>',
    );
  });

  it('escapes quotes in attribute values', () => {
    expect(partnerSnippet('<share-card text=\'He said "share"\'></share-card>')).to.equal('<share-card text="He said &quot;share&quot;"></share-card>');
  });

  it('keeps a slotted label with its rich text', () => {
    expect(partnerSnippet('<trafficking-stat stat="x">of detected victims are <strong>children</strong></trafficking-stat>')).to.equal(
      '<trafficking-stat stat="x">\n  of detected victims are\n  <strong>children</strong>\n</trafficking-stat>',
    );
  });

  it('returns HTML without a widget as it is', () => {
    expect(partnerSnippet('  <p>Nothing</p> ')).to.equal('<p>Nothing</p>');
  });
});
