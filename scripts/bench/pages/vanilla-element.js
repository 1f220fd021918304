// Baseline (a) of the render benchmark: the floor for a shadow-DOM widget. A hand-written custom element with
// no library that puts the markup the real widget rendered (captured in the same run) and one shared
// constructed stylesheet into its shadow root. scripts/bench/render.mjs serves this file with BENCH_DATA
// replaced by {tag, css, markup: {key: html}}; each element names its markup with data-bench-key.
const data = BENCH_DATA;

const sheet = new CSSStyleSheet();
sheet.replaceSync(data.css);

const templates = new Map();
for (const [key, html] of Object.entries(data.markup)) {
  const template = document.createElement('template');
  template.innerHTML = html;
  templates.set(key, template);
}

customElements.define(
  data.tag,
  class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.append(templates.get(this.dataset.benchKey).content.cloneNode(true));
    }
  },
);
