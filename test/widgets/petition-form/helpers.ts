/** Shared by the <petition-form> tests: the test petition server (test/server/petition.plugin.mjs) and form filling. */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/widgets/petition-form/petition-form.define.js';
import type { PetitionForm } from '../../../src/widgets/petition-form/petition-form.js';
import { part } from '../../helpers/shadow.js';

/** One request the petition server received. */
export interface Recorded {
  method: string;
  path: string;
  headers: { 'content-type': string | null; 'idempotency-key': string | null; accept: string | null; origin: string | null };
  headerNames: string[];
  cookie: boolean;
  raw: string;
  body: Record<string, unknown> | null;
  outcome: number | 'destroyed' | 'abandoned' | null;
  /** When the server received it (ms, server clock). */
  at: number;
}

/** A scripted answer of the petition server. */
export interface Answer {
  status?: number;
  body?: unknown;
  retryAfter?: number | string;
  hang?: boolean;
  destroy?: boolean;
  delay?: number;
  /** The Location header, for a 3xx (e.g. `server.moved`). */
  location?: string;
  repeat?: boolean;
}

/** A private session on the test petition server, so tests (and browsers running at once) never mix requests. */
export class PetitionServer {
  readonly base = `/__petition/${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  readonly sign = `${this.base}/sign`;
  readonly countUrl = `${this.base}/count`;
  /** Where a scripted redirect can point: records whatever arrives and answers 200. */
  readonly moved = `${this.base}/moved`;

  async scenario(answers: Answer[]): Promise<void> {
    await fetch(`${this.base}/scenario`, { method: 'POST', body: JSON.stringify(answers) });
  }

  async count(answer: { status?: number; body?: unknown }): Promise<void> {
    await fetch(this.countUrl, { method: 'POST', body: JSON.stringify(answer) });
  }

  /** Requests to the sign endpoint (preflights left out). */
  async log(): Promise<Recorded[]> {
    const all: Recorded[] = await (await fetch(`${this.base}/log`, { cache: 'no-store' })).json();
    return all.filter((entry) => entry.path === this.sign && entry.method !== 'OPTIONS');
  }

  /** Requests that arrived at `moved` (a redirect the browser followed). */
  async movedRequests(): Promise<Recorded[]> {
    const all: Recorded[] = await (await fetch(`${this.base}/log`, { cache: 'no-store' })).json();
    return all.filter((entry) => entry.path === this.moved);
  }

  async countRequests(): Promise<Recorded[]> {
    const all: Recorded[] = await (await fetch(`${this.base}/log`, { cache: 'no-store' })).json();
    return all.filter((entry) => entry.path === this.countUrl);
  }

  /** Waits until the sign endpoint has received `n` requests. */
  async waitFor(n: number, message = `${n} request(s) reach the server`): Promise<Recorded[]> {
    let entries: Recorded[] = [];
    await waitUntil(async () => (entries = await this.log()).length >= n, message, { timeout: 8000, interval: 30 });
    return entries;
  }
}

/** A form element with fast test timings (no minimum fill time, short retries). */
export async function petition(template: TemplateResult): Promise<PetitionForm> {
  const el = await fixture<PetitionForm>(template);
  el.minFillTime = 0;
  el.retryDelay = 20;
  return el;
}

export const control = (el: PetitionForm, id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement & HTMLSelectElement;

/** Fills fields the way browser autofill does: sets the values, then fires input and change. */
export function autofill(el: PetitionForm, values: Record<string, string>): void {
  for (const [id, value] of Object.entries(values)) {
    const input = control(el, id);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

export const ADA = { 'given-name': 'Ada', 'family-name': 'Lovelace', email: 'ada@example.org', country: 'GB' };

export function submit(el: PetitionForm): void {
  part<HTMLButtonElement>(el, 'submit')!.click();
}

/** The text of the status live region once it has settled (the announcer fills it 50 ms after a change). */
export async function statusText(el: PetitionForm, expected: RegExp): Promise<string> {
  let text = '';
  await waitUntil(() => expected.test((text = part(el, 'status')!.textContent!.trim())), `status matches ${expected}`, { timeout: 8000 });
  return text;
}

/** Resolves with the next event of this name from the element. */
export function nextEvent<T>(el: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => el.addEventListener(name, (event) => resolve(event as CustomEvent<T>), { once: true }));
}

export const thanksShown = (el: PetitionForm) => part(el, 'thanks') !== null;

/**
 * What a screen reader user hears from the status live region from now on: each time the region's text changes to
 * a non-empty text (the same text after a clear is heard again), in order.
 */
export function announcements(el: PetitionForm): { heard: string[]; stop: () => void } {
  const region = part(el, 'status')!;
  const heard: string[] = [];
  let last = region.textContent!.trim();
  const observer = new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text !== last && text) heard.push(text);
    last = text;
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { heard, stop: () => observer.disconnect() };
}

/** A focusable button on the partner's page, outside the widget, focused: where a signer may be while a signature waits. */
export function focusElsewhere(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Elsewhere on the page';
  document.body.append(button);
  button.focus();
  return button;
}
