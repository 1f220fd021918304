/**
 * The page-wide "press Shift three times" shortcut. However many `<quick-exit>` elements a page has, and even
 * when two copies of the library are loaded, there is one set of listeners: its state lives on `globalThis`
 * under a registered symbol that every copy finds.
 *
 * A press counts when Shift comes up having been pressed alone, as in GOV.UK's "Exit this page": Shift used as a
 * modifier (a capital letter, Shift+Tab, Shift+click) is typing, not the shortcut, so it neither counts nor is
 * announced, and it quietly starts the count again. A lone press still counts however long Shift is held (a
 * held key repeats its keydown: still one press), so a visitor who presses keys slowly can leave too; all three
 * presses must fall within `SHORTCUT_WINDOW_MS`.
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

/** What the listener hears: keys down and up, and pointer presses (Shift+click uses Shift as a modifier). */
const EVENT_TYPES = ['keydown', 'keyup', 'pointerdown'] as const;

interface ShortcutState {
  subscribers: Set<ShortcutSubscriber>;
  pressed: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The current Shift press: down on its own so far, or used with another key or the pointer. */
  shift?: 'alone' | 'used';
  /** Listens to `types`. (Named as in the first release, whose copies call it for keydown only.) */
  onKeydown: (event: KeyboardEvent | PointerEvent) => void;
  /** The events `onKeydown` listens to. A state made by a first-release copy has none: keydown only. */
  types?: readonly string[];
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
      onKeydown: (event) => handleEvent(created, event),
      types: EVENT_TYPES,
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

function expire(shared: ShortcutState, announce: boolean): void {
  reset(shared);
  each(shared, (subscriber, leads) => subscriber.expired(announce && leads));
}

function count(shared: ShortcutState): void {
  shared.pressed += 1;
  if (shared.pressed >= PRESSES_TO_EXIT) {
    reset(shared);
    leader(shared)?.trigger();
    return;
  }
  if (shared.pressed === 1) shared.timer = setTimeout(() => expire(shared, true), SHORTCUT_WINDOW_MS);
  const pressed = shared.pressed;
  each(shared, (subscriber, leads) => subscriber.progress(pressed, leads));
}

function handleEvent(shared: ShortcutState, event: KeyboardEvent | PointerEvent): void {
  const isShift = 'key' in event && event.key === 'Shift';
  const chord = event.ctrlKey || event.altKey || event.metaKey;
  if (event.type === 'keyup') {
    if (!isShift) return;
    const alone = shared.shift === 'alone' && !chord;
    shared.shift = undefined;
    if (alone) count(shared);
  } else if (isShift) {
    // A held Shift repeats its keydown: still the same press.
    if (!(event as KeyboardEvent).repeat) shared.shift = chord ? 'used' : 'alone';
  } else if (event.shiftKey) {
    // Shift as a modifier: typing a capital or moving back with Shift+Tab. Not a press, and nothing to say about
    // it (at every capital a screen reader would speak), but the sequence is broken: Shift, Shift, Shift+B stays.
    shared.shift = 'used';
    if (shared.pressed > 0) expire(shared, false);
  } else {
    // Shift is up, even if its keyup went elsewhere (another window had focus): no press is under way.
    shared.shift = undefined;
    // Any other key breaks the sequence, and the visitor hears that the count starts again.
    if (event.type === 'keydown' && !(event as KeyboardEvent).repeat && shared.pressed > 0) expire(shared, true);
  }
}

/** Starts listening for the shortcut on behalf of a `<quick-exit>`; returns the function that stops it. */
export function subscribeToShortcut(subscriber: ShortcutSubscriber): () => void {
  const shared = state();
  const types = shared.types ?? ['keydown'];
  // Every time, not only for the first subscriber: a first-release copy that subscribed first listens to keydown
  // only. The same listener is never added twice.
  for (const type of types) document.addEventListener(type, shared.onKeydown as EventListener, true);
  shared.subscribers.add(subscriber);
  return () => {
    shared.subscribers.delete(subscriber);
    if (shared.subscribers.size === 0) {
      reset(shared);
      shared.shift = undefined;
      for (const type of types) document.removeEventListener(type, shared.onKeydown as EventListener, true);
    }
  };
}
