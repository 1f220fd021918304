import { VERSION } from './version.js';

/** Marks a class as ours, so a second copy of the library on the same page is recognised. */
export interface VersionedElement extends CustomElementConstructor {
  readonly cwVersion?: string;
}

const warned = new Set<string>();

/**
 * Registers a custom element without ever throwing, so a partner page that loads the script twice
 * (or another library that already took the tag) keeps working.
 *
 * - tag free: defines it;
 * - tag taken by the same version of this library: does nothing;
 * - tag taken by anything else: warns once in the console and leaves the existing definition alone.
 *
 * @returns true when this call registered the tag.
 */
export function defineElement(tag: string, ctor: VersionedElement): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return true;
  }
  if (existing === ctor || existing.cwVersion === VERSION) return false;
  if (!warned.has(tag)) {
    warned.add(tag);
    const owner = existing.cwVersion ? `campaign-widgets ${existing.cwVersion}` : 'another script';
    console.warn(`campaign-widgets ${VERSION}: <${tag}> is already defined by ${owner}; keeping that definition. ` + 'Load campaign-widgets once per page.');
  }
  return false;
}
