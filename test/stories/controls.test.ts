// The stories' controls (stories/controls.ts) and the proof that every control reaches the widget: each story file's
// render writes every documented attribute and every `--*` custom property it is given onto the widget, in every
// story, custom renders (slots, frames, themes) included.
import { expect } from '@open-wc/testing';
import { nothing, render, type TemplateResult } from 'lit';
import { argTypesFor, publicManifest, type Manifest } from '../../.storybook/manifest.js';
import { stats } from '../../src/data/stats.js';
import { UN_MEMBER_STATES, attr, countryArgType, cssVars, spaced, statArgType } from '../../stories/controls.js';
import { GLOBAL_TOKENS, BRAND, DARK, themeRule } from '../../stories/tokens.js';
import * as help from '../../stories/help-line.stories.js';
import * as mission from '../../stories/mission-contact.stories.js';
import * as petition from '../../stories/petition-form.stories.js';
import * as exit from '../../stories/quick-exit.stories.js';
import * as share from '../../stories/share-card.stories.js';
import * as stat from '../../stories/trafficking-stat.stories.js';

type Args = Record<string, unknown>;
type ArgType = { options?: readonly string[]; control?: { type?: string } | string };
type StoryModule = Record<string, unknown> & {
  default: { component: string; args?: Args; argTypes?: Record<string, ArgType>; render: (args: Args) => TemplateResult };
};
const MODULES = { help, mission, petition, exit, share, stat } as unknown as Record<string, StoryModule>;

describe('story controls', () => {
  it('cssVars: the --* args as one style value, empty ones left out', () => {
    expect(cssVars({ '--cw-color-accent': ' #0a5c36 ', '--cw-radius': '', country: 'GB', '--cw-font-size': undefined })).to.equal('--cw-color-accent: #0a5c36');
    expect(cssVars({ country: 'GB' })).to.equal(nothing);
  });

  it('spaced: a checkbox list or a text as a space-separated attribute; an emptied list only when asked', () => {
    expect(spaced(['x', 'copy'])).to.equal('x copy');
    expect(spaced('x copy')).to.equal('x copy');
    expect(spaced(undefined)).to.equal(nothing);
    expect(spaced([])).to.equal(nothing);
    expect(spaced([], { empty: true })).to.equal('');
  });

  it('attr: unset or empty leaves the attribute out', () => {
    expect(attr('')).to.equal(nothing);
    expect(attr(undefined)).to.equal(nothing);
    expect(attr(0)).to.equal('0');
    expect(attr('GB')).to.equal('GB');
  });

  it('the country select lists exactly the countries of the bundled data', async () => {
    const missions = await (await fetch('/src/data/missions.json')).json();
    const codes = (missions.entries ?? missions.missions ?? missions).map((entry: { country: string }) => entry.country);
    expect([...UN_MEMBER_STATES].sort()).to.deep.equal([...new Set<string>(codes)].sort());
    expect(countryArgType().options).to.have.length(194);
    expect(countryArgType().control.labels.GB).to.equal('United Kingdom (GB)');
  });

  it('the stat select lists every catalogue figure and names the newer edition of an old one', () => {
    const { options, control } = statArgType();
    expect(options.slice(1)).to.deep.equal(stats.map((entry) => entry.id));
    expect(control.labels['ilo-2014-forced-labour-profits']).to.contain('use ilo-2024-forced-labour-profits');
  });
});

describe('every control reaches the widget', () => {
  let manifest: Manifest;
  before(async () => {
    manifest = publicManifest(await (await fetch('/custom-elements.json')).json());
  });

  /** A value each attribute's control can give: a switch on, a first option, or some text. */
  function sampleArgs(module: StoryModule): Args {
    const tag = module.default.component;
    const rows = argTypesFor(manifest, tag);
    const args: Args = { '--cw-story-test': 'rgb(1, 2, 3)' };
    for (const row of Object.values(rows)) {
      if (row.table.category !== 'attributes') continue;
      const own = module.default.argTypes?.[row.name];
      const control = typeof own?.control === 'string' ? own.control : (own?.control?.type ?? (row.control as { type: string }).type);
      const options = own?.options?.filter((option) => option !== '');
      args[row.name] = control === 'boolean' ? true : control === 'inline-check' ? [options![0]] : options?.length ? options[0] : 'sample';
    }
    return args;
  }

  for (const [name, module] of Object.entries(MODULES)) {
    const tag = module.default.component;
    const stories = Object.entries(module).filter(([key]) => key !== 'default') as [string, { args?: Args; render?: (args: Args) => TemplateResult }][];
    for (const [storyName, story] of stories) {
      it(`${name}: ${storyName} writes every attribute and custom property it is given`, () => {
        const canvas = document.createElement('div');
        const args = { ...module.default.args, ...story.args, ...sampleArgs(module) };
        render((story.render ?? module.default.render)(args), canvas);
        const widget = canvas.querySelector(tag)!;
        expect(widget, `a <${tag}>`).to.not.equal(null);
        for (const [arg, value] of Object.entries(args)) {
          if (arg.startsWith('--')) expect((widget as HTMLElement).style.getPropertyValue(arg), arg).to.equal(String(value));
          else expect(widget.getAttribute(arg), arg).to.equal(value === true ? '' : Array.isArray(value) ? value.join(' ') : String(value));
        }
        render(nothing, canvas);
      });
    }
  }
});

describe('theme tokens', () => {
  it('list every global token the widgets document, and only those', async () => {
    const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
    const documented = new Set<string>();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        for (const property of declaration.cssProperties ?? []) if (!property.name.startsWith(`--cw-${declaration.tagName}-`)) documented.add(property.name);
      }
    }
    const listed = GLOBAL_TOKENS.map((token) => token.name);
    // Every documented global token is in the table; the table may name tokens used in the styles (link, focus,
    // spacing) that no widget lists among its own properties.
    expect([...documented].filter((name) => !listed.includes(name as `--cw-${string}`))).to.deep.equal([]);
    expect(new Set(listed).size).to.equal(listed.length);
  });

  it('the presets set global tokens alone', () => {
    const listed = GLOBAL_TOKENS.map((token) => token.name as string);
    for (const preset of [DARK, BRAND]) for (const name of Object.keys(preset)) expect(listed, name).to.include(name);
  });

  it('"Show code" of a preset gives the CSS rule to paste', () => {
    expect(themeRule({ '--cw-color-accent': '#0a5c36', '--cw-radius': '', country: 'GB' })).to.equal('.campaign {\n  --cw-color-accent: #0a5c36;\n}');
  });
});
