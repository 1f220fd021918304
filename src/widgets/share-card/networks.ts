/** Every share action a card can offer, in the order they are shown. */
export const NETWORKS = ['native', 'x', 'facebook', 'whatsapp', 'linkedin', 'telegram', 'bluesky', 'mastodon', 'email', 'copy'] as const;
export type ShareNetwork = (typeof NETWORKS)[number];

/** The `networks` default: Mastodon is opt-in because the visitor must type their server. */
export const DEFAULT_NETWORKS: readonly ShareNetwork[] = ['native', 'x', 'facebook', 'whatsapp', 'linkedin', 'telegram', 'bluesky', 'email', 'copy'];

/** Brand names, never translated. */
export const BRANDS: Partial<Record<ShareNetwork, string>> = {
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  telegram: 'Telegram',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

/** What is shared: the link (with any UTM parameters already added), the text and hashtags without `#`. */
export interface ShareContent {
  url: string;
  text: string;
  hashtags: readonly string[];
}

/** `key=value` pairs with every value percent-encoded (spaces as %20, which mail clients also decode); empty values left out. */
const query = (params: Record<string, string>) =>
  Object.entries(params)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

const join = (separator: string, ...parts: string[]) => parts.filter(Boolean).join(separator);

/**
 * The share link of a network (null for `native` and `copy`, which are buttons). Formats from each network's
 * public documentation: X web intent, Facebook sharer, WhatsApp click-to-chat, LinkedIn share-offsite, Telegram
 * share button, Bluesky compose intent, Mastodon's `/share` page on the visitor's own server, and `mailto:`.
 */
export function shareUrl(network: ShareNetwork, { url, text, hashtags }: ShareContent, mastodonHost = ''): string | null {
  const tagged = join(' ', text, ...hashtags.map((tag) => `#${tag}`));
  const post = join(' ', tagged, url);
  switch (network) {
    case 'x':
      return `https://twitter.com/intent/tweet?${query({ text, url, hashtags: hashtags.join(',') })}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`;
    case 'whatsapp':
      return `https://wa.me/?${query({ text: post })}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`;
    case 'telegram':
      return `https://t.me/share/url?${query({ url, text: tagged })}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?${query({ text: post })}`;
    case 'mastodon':
      return mastodonHost ? `https://${mastodonHost}/share?${query({ text: post })}` : null;
    case 'email':
      return `mailto:?${query({ subject: text, body: join('\n\n', tagged, url) })}`;
    default:
      return null;
  }
}

/**
 * The Mastodon server a visitor typed, as a host name (`mastodon.social`), or null. Accepts what people paste:
 * `https://mastodon.social/`, `@me@mastodon.social`, `mastodon.social/@me`; refuses anything that is not a
 * dotted host name with a real top-level domain (no IP addresses, ports, `localhost` or schemes).
 */
export function mastodonHost(input: string): string | null {
  const host = input
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^@?[^@/]*@/, '')
    .split(/[/?#]/)[0]!
    .toLowerCase();
  if (!/^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u.test(host)) return null;
  try {
    return new URL(`https://${host}`).hostname;
  } catch {
    return null;
  }
}

/** Adds UTM parameters that are set (`{network}` in a value becomes the network's name); leaves the URL untouched otherwise. */
export function withUtm(url: string, network: string, utm: Record<string, string | undefined>): string {
  const set = Object.entries(utm).filter(([, value]) => value?.trim());
  if (!set.length) return url;
  const target = new URL(url);
  for (const [key, value] of set) target.searchParams.set(key, value!.trim().replaceAll('{network}', network));
  return target.href;
}
