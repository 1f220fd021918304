// What Storybook shows of custom-elements.json (.storybook/manifest.ts), checked against the real manifest: a widget's
// public API only, rows in the order a designer reads them, controls only where a page writes something.
import { expect } from '@open-wc/testing';
import {
  CATEGORIES,
  DEFAULT_SLOT,
  argTypesFor,
  declarationOf,
  descriptionOf,
  eventNames,
  isColourProperty,
  isPageProperty,
  publicManifest,
  type Manifest,
} from '../../.storybook/manifest.js';
import { WIDGET_TAGS } from '../../.storybook/source.js';

describe('Storybook manifest', () => {
  let manifest: Manifest;
  let shown: Manifest;
  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
    shown = publicManifest(manifest);
  });

  it('has every widget', () => {
    for (const tag of WIDGET_TAGS) expect(declarationOf(manifest, tag), tag).to.not.equal(undefined);
  });

  it('keeps no private, protected, # or static member and no method', () => {
    // The raw manifest has them (so the cut is needed): private fields, protected helpers, statics, methods.
    const raw = WIDGET_TAGS.flatMap((tag) => declarationOf(manifest, tag)!.members ?? []);
    expect(raw.some((member) => member.privacy === 'private' || member.static || member.kind === 'method')).to.equal(true);
    for (const tag of WIDGET_TAGS) {
      for (const member of declarationOf(shown, tag)!.members ?? []) {
        expect(member.name, `${tag}.${member.name}`).to.not.match(/^#/);
        expect(member.kind, `${tag}.${member.name}`).to.equal('field');
        expect(member.privacy ?? 'public', `${tag}.${member.name}`).to.equal('public');
        expect(member.static, `${tag}.${member.name}`).to.not.equal(true);
        expect(member.readonly, `${tag}.${member.name}`).to.not.equal(true);
        expect(member.attribute, `${tag}.${member.name} is documented as its attribute`).to.equal(undefined);
      }
    }
  });

  it('leaves the manifest it was given unchanged', () => {
    expect(declarationOf(manifest, 'help-line')!.members!.some((member) => member.name.startsWith('#'))).to.equal(true);
  });

  it('lists the properties a page script may set, and nothing else', () => {
    const names = (tag: string) => (declarationOf(shown, tag)!.members ?? []).map((member) => member.name).sort();
    expect(names('petition-form')).to.deep.equal(['minFillTime', 'retryDelay', 'timeout']);
    expect(names('help-line')).to.deep.equal([]);
    expect(names('quick-exit')).to.deep.equal([]);
    expect(isPageProperty({ name: 'locale', kind: 'field', readonly: true })).to.equal(false);
  });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: rows in the designer's order, controls only for attributes and custom properties`, () => {
      const rows = Object.values(argTypesFor(shown, tag));
      const order = rows.map((row) => CATEGORIES.indexOf(row.table.category));
      expect(order, 'categories in order').to.deep.equal([...order].sort((a, b) => a - b));
      expect(rows[0]!.table.category).to.equal('attributes');
      const declaration = declarationOf(manifest, tag)!;
      const attributes = rows.filter((row) => row.table.category === 'attributes').map((row) => row.name);
      expect(attributes).to.deep.equal((declaration.attributes ?? []).map((attribute) => attribute.name));
      for (const row of rows) {
        const controlled = row.table.category === 'attributes' || row.table.category === 'css custom properties';
        expect(row.control !== false, `${row.name} has a control`).to.equal(controlled);
        expect(row.name, 'no private name').to.not.match(/^#/);
        // A row with a control has a type: Storybook would otherwise infer one from a story's value and list that row
        // before the attributes.
        if (controlled) expect(row.type, `${row.name} is typed`).to.not.equal(undefined);
      }
      // Booleans get a switch, everything else a text field (a story file adds selects and checkboxes over these).
      for (const attribute of declaration.attributes ?? []) {
        const control = argTypesFor(shown, tag)[attribute.name]!.control as { type: string };
        expect(control.type, attribute.name).to.equal(attribute.type?.text === 'boolean' ? 'boolean' : 'text');
      }
      expect(descriptionOf(shown, tag).length, 'a description opens the Docs page').to.be.greaterThan(40);
    });
  }

  it('names parts ::part(…) so an attribute of the same name keeps its row', () => {
    const rows = argTypesFor(shown, 'trafficking-stat');
    expect(rows.value!.table.category).to.equal('attributes');
    expect(rows['::part(value)']!.table.category).to.equal('css shadow parts');
  });

  it('names the default slot', () => {
    expect(Object.keys(argTypesFor(shown, 'petition-form'))).to.include(DEFAULT_SLOT);
  });

  it('gives the Actions panel every cw-* event', () => {
    expect(eventNames(manifest)).to.include.members([
      'cw-petition-submit',
      'cw-petition-success',
      'cw-petition-error',
      'cw-share',
      'cw-contact',
      'cw-help',
      'cw-exit',
      'cw-error',
    ]);
    expect(eventNames(manifest).every((name) => name.startsWith('cw-'))).to.equal(true);
  });

  it('gives colours a colour picker, and sizes, fonts and borders a text field', () => {
    expect(isColourProperty('--cw-help-line-background', 'var(--cw-color-surface, #fff)')).to.equal(true);
    expect(isColourProperty('--cw-quick-exit-overlay-background', '#fff')).to.equal(true);
    expect(isColourProperty('--cw-color-on-accent', '#fff')).to.equal(true);
    expect(isColourProperty('--cw-radius', '0.5em')).to.equal(false);
    expect(isColourProperty('--cw-font-family')).to.equal(false);
    expect(isColourProperty('--cw-share-card-border', '1px solid #d0d7de')).to.equal(false);
    expect(isColourProperty('--cw-share-card-headline-size', '3em')).to.equal(false);
  });
});
