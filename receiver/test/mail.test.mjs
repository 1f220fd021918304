// Double opt-in's limit of one confirmation mail per address a day (src/mail.ts), as the signers' inboxes see it: a
// real SMTP server keeps every mail the receiver's Mailer sends, the Mailer used as the sign route uses it (reserve
// the address, then send).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lib, mailRecorder } from './helpers.mjs';

describe('double opt-in: one confirmation mail per address a day', () => {
  let recorder;
  before(async () => {
    recorder = await mailRecorder();
  });
  after(() => recorder.close());

  /** A Mailer to the recorder; `signed` is what a stored signature with double opt-in does with it, at `now`. */
  function mailer(t) {
    const m = new lib.Mailer({ smtp: `smtp://127.0.0.1:${recorder.smtpPort}`, from: 'campaign@ngo.example', publicUrl: 'https://sign.ngo.example' }, () => {});
    t.after(() => m.close());
    const signed = (address, now) => {
      if (m.reserve(address, now)) m.send(address, 'a'.repeat(43), 'en');
    };
    return { mailer: m, signed };
  }

  /** How many mails each address received since the last call. */
  function inboxes() {
    const counts = {};
    for (const mail of recorder.mails.splice(0)) for (const to of mail.to) counts[to] = (counts[to] ?? 0) + 1;
    return counts;
  }

  it('a second signature with the same address the same day gets no second mail; 24 hours later it may', async (t) => {
    inboxes();
    const { mailer: m, signed } = mailer(t);
    const now = Date.now();
    signed('amina@example.org', now);
    signed('Amina@Example.ORG', now + 60_000);
    signed('other@example.org', now + 60_000);
    signed('AMINA@example.org', now + lib.MAIL_WINDOW_MS - 1);
    await m.idle();
    assert.deepEqual(inboxes(), { 'amina@example.org': 1, 'other@example.org': 1 });
    signed('amina@example.org', now + lib.MAIL_WINDOW_MS);
    await m.idle();
    assert.deepEqual(inboxes(), { 'amina@example.org': 1 });
  });

  it('remembers 100,000 addresses; past that, the oldest is forgotten first, and a signature with it is mailed again', async (t) => {
    inboxes();
    const { mailer: m, signed } = mailer(t);
    const now = Date.now();
    signed('first@example.org', now);
    signed('second@example.org', now + 1);
    // 99,998 more signers, reserved as their signatures would be (their mails are left out: they change nothing here).
    let refused = 0;
    for (let i = 0; i < 99_998; i++) if (!m.reserve(`signer${i}@example.org`, now + 2)) refused++;
    assert.equal(refused, 0);
    signed('first@example.org', now + 3);
    signed('second@example.org', now + 3);
    await m.idle();
    assert.deepEqual(inboxes(), { 'first@example.org': 1, 'second@example.org': 1 }, 'at 100,000, all are remembered: no second mail');
    // One more address: the oldest (first) is forgotten to make room for it, and is mailed again when it signs again.
    signed('newcomer@example.org', now + 4);
    signed('first@example.org', now + 5);
    await m.idle();
    assert.deepEqual(inboxes(), { 'newcomer@example.org': 1, 'first@example.org': 1 });
    // first's return made room by forgetting second, the oldest then; the newest are remembered.
    for (const address of ['second@example.org', 'newcomer@example.org', 'first@example.org', 'signer99997@example.org']) signed(address, now + 6);
    await m.idle();
    assert.deepEqual(inboxes(), { 'second@example.org': 1 });
  });
});
