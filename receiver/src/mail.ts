import { createHmac, randomBytes } from 'node:crypto';
import nodemailer, { type Mail } from 'nodemailer';
import type { DoubleOptIn } from './config.js';
import { MESSAGES, type Language } from './messages.js';
import { normalEmail } from './seal.js';

/** At most one confirmation mail per address in this time. */
export const MAIL_WINDOW_MS = 24 * 3_600_000;
/** Addresses remembered at most (about 100 bytes each); past it, the oldest is forgotten first. */
const MAIL_MEMORY = 100_000;

/**
 * Sends double opt-in emails after the signature is committed, from memory: the address is never written anywhere
 * in clear. A mail that still fails after three tries is dropped (the signer simply stays unconfirmed: no
 * marketing without confirmation), and so is everything queued when the process stops.
 */
export class Mailer {
  readonly #transport: Mail;
  #pending = 0;
  #idle: (() => void)[] = [];
  /**
   * Addresses mailed in the window (or about to be), as an HMAC under a key that lives and dies with the process:
   * the addresses themselves are never kept, and what is kept is useless without the key. Anyone can send a
   * signature with anyone's address; this keeps the receiver from mailing that address more than once a day.
   */
  readonly #mailed = new Map<string, number>();
  readonly #key = randomBytes(32);

  constructor(
    readonly options: DoubleOptIn,
    readonly log: (message: string) => void,
  ) {
    this.#transport = nodemailer.createTransport(options.smtp);
  }

  #hash(address: string): string {
    return createHmac('sha256', this.#key).update(normalEmail(address)).digest('base64');
  }

  /**
   * Whether this address may get a confirmation mail now (none was sent or reserved in the window); when it may, the
   * mail is reserved: `send` it, or `release` it when no signature was stored after all.
   */
  reserve(address: string, now = Date.now()): boolean {
    const hash = this.#hash(address);
    const until = this.#mailed.get(hash);
    if (until !== undefined && until > now) return false;
    this.#mailed.delete(hash);
    // Kept in order of reservation, so the oldest (the first to expire) come first.
    for (const [oldest, expires] of this.#mailed) {
      if (expires > now && this.#mailed.size < MAIL_MEMORY) break;
      this.#mailed.delete(oldest);
    }
    this.#mailed.set(hash, now + MAIL_WINDOW_MS);
    return true;
  }

  /** Gives back a reservation no mail was sent for: the address may be mailed again. */
  release(address: string): void {
    this.#mailed.delete(this.#hash(address));
  }

  /**
   * Sends the confirmation link for this token to this address (reserved first), in the background, in the signer's
   * language unless the team set its own subject and text.
   */
  send(to: string, token: string, language: Language): void {
    const link = `${this.options.publicUrl}/confirm?t=${token}`;
    const { subject = MESSAGES[language].mailSubject, text = MESSAGES[language].mailText } = this.options;
    this.#pending++;
    void this.#attempt({ from: this.options.from, to, subject, text: text.replaceAll('{link}', link) }, 0);
  }

  async #attempt(message: Parameters<Mail['sendMail']>[0] & { to: string }, tries: number): Promise<void> {
    try {
      await this.#transport.sendMail(message);
    } catch (error) {
      if (tries < 2) {
        await new Promise((resolve) => setTimeout(resolve, 1000 * 4 ** tries).unref());
        return this.#attempt(message, tries + 1);
      }
      // Never delivered: a later signature with this address may get its mail.
      this.release(message.to);
      // Never the address: only that one mail failed, and the server's code or the network error's. (The message
      // itself may quote the mail server's reply, which names the recipient.)
      const { responseCode, code } = error as { responseCode?: number; code?: string };
      this.log(`double opt-in: a confirmation email could not be sent (${responseCode ? `SMTP ${responseCode}` : (code ?? 'unknown error')})`);
    }
    if (--this.#pending === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }

  /**
   * Whether the mail server answers and accepts the login, said in a few words for the start-up lines ("reachable",
   * or the error): a wrong SMTP setting shows at once, not after the first signer's mail fails.
   */
  async check(): Promise<string> {
    try {
      await this.#transport.verify();
      return 'reachable';
    } catch (error) {
      // No recipient is involved here, so the error's own words can be shown ("connect ECONNREFUSED …", "Invalid login").
      return `NOT reachable (${(error as Error).message}): confirmation emails will fail until it is`;
    }
  }

  /** Resolves when no mail is being sent. */
  idle(): Promise<void> {
    return this.#pending ? new Promise((resolve) => this.#idle.push(resolve)) : Promise.resolve();
  }

  close(): void {
    this.#transport.close();
  }
}
