import nodemailer, { type Mail } from 'nodemailer';
import type { DoubleOptIn } from './config.js';
import { MESSAGES, type Language } from './messages.js';

/**
 * Sends double opt-in emails after the signature is committed, from memory: the address is never written anywhere
 * in clear. A mail that still fails after three tries is dropped (the signer simply stays unconfirmed: no
 * marketing without confirmation), and so is everything queued when the process stops.
 */
export class Mailer {
  readonly #transport: Mail;
  #pending = 0;
  #idle: (() => void)[] = [];

  constructor(
    readonly options: DoubleOptIn,
    readonly log: (message: string) => void,
  ) {
    this.#transport = nodemailer.createTransport(options.smtp);
  }

  /**
   * Sends the confirmation link for this token to this address (in the background), in the signer's language unless
   * the team set its own subject and text.
   */
  send(to: string, token: string, language: Language): void {
    const link = `${this.options.publicUrl}/confirm?t=${token}`;
    const { subject = MESSAGES[language].mailSubject, text = MESSAGES[language].mailText } = this.options;
    this.#pending++;
    void this.#attempt({ from: this.options.from, to, subject, text: text.replaceAll('{link}', link) }, 0);
  }

  async #attempt(message: Parameters<Mail['sendMail']>[0], tries: number): Promise<void> {
    try {
      await this.#transport.sendMail(message);
    } catch (error) {
      if (tries < 2) {
        await new Promise((resolve) => setTimeout(resolve, 1000 * 4 ** tries).unref());
        return this.#attempt(message, tries + 1);
      }
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
