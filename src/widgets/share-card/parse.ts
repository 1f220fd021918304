import { tokens, type Parsed } from '../../core/attributes.js';
import { safeUrl } from '../../core/safe-url.js';
import { DEFAULT_NETWORKS, NETWORKS, type ShareNetwork } from './networks.js';

/** What a card's attributes say, before validation. */
export interface ShareCardAttributes {
  url?: string | undefined;
  networks?: string | undefined;
  hashtags?: string | undefined;
}

/** The checked settings: the address to share (null: the page's own), the share actions and the hashtags. */
export interface ShareCardSettings {
  url: string | null;
  networks: ShareNetwork[];
  hashtags: string[];
}

const HASHTAG = /^[\p{L}\p{M}\p{N}_]+$/u;

const isNetwork = (name: string): name is ShareNetwork => NETWORKS.includes(name as ShareNetwork);

/**
 * Checks a card's attributes. Unknown networks and hashtags are left out; without any known network, the default
 * list is used; an unsafe `url` gives way to the page's address. `native` stays in the list: whether the browser
 * has a share sheet is the view's question.
 */
export function parseShareCard({ url, networks, hashtags }: ShareCardAttributes): Parsed<ShareCardSettings> {
  const warnings: Parsed<ShareCardSettings>['warnings'] = [];

  const safe = url?.trim() ? safeUrl(url) : null;
  if (url?.trim() && !safe) warnings.push({ attribute: 'url', value: url, allowed: 'an https: URL', fallback: "sharing the page's address instead" });

  const requested = tokens(networks);
  const known = requested.filter(isNetwork);
  const unknown = requested.filter((name) => !isNetwork(name));
  if (unknown.length) {
    warnings.push({
      attribute: 'networks',
      value: unknown.join(' '),
      allowed: NETWORKS.join(', '),
      fallback: known.length ? 'leaving them out' : 'showing the default networks',
    });
  }

  const tags: string[] = [];
  for (const tag of (hashtags ?? '').split(',')) {
    const clean = tag.trim().replace(/^#+/, '');
    if (HASHTAG.test(clean)) tags.push(clean);
    else if (clean)
      warnings.push({ attribute: 'hashtags', value: tag.trim(), allowed: 'letters, digits and _ separated by commas', fallback: 'leaving it out' });
  }

  return { value: { url: safe, networks: [...new Set(known.length ? known : DEFAULT_NETWORKS)], hashtags: tags }, warnings };
}
