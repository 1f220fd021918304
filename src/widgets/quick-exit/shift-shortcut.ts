/**
 * The page-wide "press Shift three times" shortcut. However many `<quick-exit>` elements a page has, and even
 * when two copies of the library are loaded, there is one keydown listener: its state lives on `globalThis`
 * under a registered symbol that every copy finds.
 */

/** What a `<quick-exit>` wants to hear from the shortcut. */
export interface ShortcutSubscriber {
  /** A Shift press was counted; `pressed` of `PRESSES_TO_EXIT`. The leading subscriber also announces it. */
  progress(pressed: number, announce: boolean): void;
  /** The presses timed out (or another key broke the sequence) before reaching the count. */
  expired(announce: boolean): void;
  /** The shortcut completed: leave the page. Called on the leading subscriber only. */
  trigger(): void;
  /** Whether its element is on screen. (Optional: a subscriber from an older copy of the library has none.) */
  shown?(): boolean;
}

export const PRESSES_TO_EXIT = 3;
/** All presses must fall within this time from the first, as in GOV.UK's "Exit this page". */
export const SHORTCUT_WINDOW_MS = 5000;

interface ShortcutState {
  subscribers: Set<ShortcutSubscriber>;
  pressed: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  onKeydown: (event: KeyboardEvent) => void;
}

const STATE_KEY = Symbol.for('campaign-widgets.quick-exit.shortcut');
type GlobalWithShortcut = typeof globalThis & { [STATE_KEY]?: ShortcutState };

function state(): ShortcutState {
  const global = globalThis as GlobalWithShortcut;
  if (!global[STATE_KEY]) {
    const created: ShortcutState = {
      subscribers: new Set(),
      pressed: 0,
      timer: undefined,
      onKeydown: (event) => handleKeydown(created, event),
    };
    global[STATE_KEY] = created;
  }
  return global[STATE_KEY];
}

function reset(shared: ShortcutState): void {
  clearTimeout(shared.timer);
  shared.timer = undefined;
  shared.pressed = 0;
}

/**
 * The subscriber that announces and leaves: the first one on screen, since a page may hide one copy (a button for
 * phones, another for desktops) and a hidden copy can neither be heard nor cover the page; else the first.
 */
function leader(shared: ShortcutState): ShortcutSubscriber | undefined {
  const all = [...shared.subscribers];
  return all.find((subscriber) => subscriber.shown?.() ?? true) ?? all[0];
}

function each(shared: ShortcutState, call: (subscriber: ShortcutSubscriber, leads: boolean) => void): void {
  const leading = leader(shared);
  for (const subscriber of shared.subscribers) call(subscriber, subscriber === leading);
}

function handleKeydown(shared: ShortcutState, event: KeyboardEvent): void {
  if (event.repeat) return;
  if (event.key !== 'Shift' || event.ctrlKey || event.altKey || event.metaKey) {
    // Typing capitals presses Shift between letters: any other key breaks the sequence.
    if (shared.pressed > 0) {
      reset(shared);
      each(shared, (subscriber, leads) => subscriber.expired(leads));
    }
    return;
  }
  shared.pressed += 1;
  if (shared.pressed >= PRESSES_TO_EXIT) {
    reset(shared);
    leader(shared)?.trigger();
    return;
  }
  if (shared.pressed === 1) {
    shared.timer = setTimeout(() => {
      reset(shared);
      each(shared, (subscriber, leads) => subscriber.expired(leads));
    }, SHORTCUT_WINDOW_MS);
  }
  const pressed = shared.pressed;
  each(shared, (subscriber, leads) => subscriber.progress(pressed, leads));
}

/** Starts listening for the shortcut on behalf of a `<quick-exit>`; returns the function that stops it. */
export function subscribeToShortcut(subscriber: ShortcutSubscriber): () => void {
  const shared = state();
  if (shared.subscribers.size === 0) document.addEventListener('keydown', shared.onKeydown, true);
  shared.subscribers.add(subscriber);
  return () => {
    shared.subscribers.delete(subscriber);
    if (shared.subscribers.size === 0) {
      reset(shared);
      document.removeEventListener('keydown', shared.onKeydown, true);
    }
  };
}
