// The receiver's behaviour, run once per database (embedded.test.mjs: PGlite; postgres.test.mjs: PostgreSQL 15).
// `storage()` returns fresh storage options for each receiver: {dataDir} or {databaseUrl}.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { KEYS, ORIGIN, TOKEN, body, exportRows, freePort, lib, mailRecorder, readMail, sign, unsealWith, uuid } from './helpers.mjs';

/** Writes `text` to the receiver's port as it is (no client tidies the request line); resolves with the raw answer ('' when none). */
function rawRequest(port, text) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    // A receiver that died under the request never answers: fail the test, do not hang it.
    socket.setTimeout(5000, () => socket.destroy());
  });
}

/**
 * `dataFolder(r, needles)`: the files of the database that hold needles (Buffers or strings). `erasableFiles`: the same
 * for the files an erasure must leave without them (embedded: all; PostgreSQL: its tables, its WAL being the server's).
 * `leftOpen({dataDir} or {databaseUrl})`: what still holds that database open (see openAfter).
 */
export function receiverSuite(kind, storage, { dataFolder, erasableFiles, leftOpen } = {}) {
  const started = [];
  async function receiver(options = {}) {
    const r = await lib.startReceiver({
      port: 0,
      publicKey: KEYS.publicKey,
      allowedOrigins: [ORIGIN],
      token: TOKEN,
      log: () => {},
      ...(await storage()),
      ...options,
    });
    started.push(r);
    return r;
  }
  after(async () => {
    for (const r of started) await r.close();
  });

  /** A receiver with double opt-in, its mail going to the test's SMTP server on `smtpPort`. */
  async function receiverWithDoubleOptIn(smtpPort, options = {}) {
    const port = await freePort();
    return receiver({
      port,
      doubleOptIn: { smtp: `smtp://127.0.0.1:${smtpPort}`, from: 'campaign@ngo.example', publicUrl: `http://127.0.0.1:${port}/` },
      ...options,
    });
  }

  /** The invariant: the count is the stored rows plus those erased or purged. */
  async function assertCountKept(r) {
    for (const { scope, signed, rows, removed } of await r.store.audit())
      assert.equal(signed, rows + removed, `scope "${scope}": signed ${signed} = rows ${rows} + removed ${removed}`);
  }

  /** POST /erase with the token. */
  const eraseRequest = (r, data) => fetch(`${r.url}/erase`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(data) });

  // The rewrite of the signatures' table fails, as it would on a full disk: VACUUM FULL rebuilds an index whose
  // function raises (with a message of its own, which the log must not repeat). `repairRewrite` makes it harmless.
  const trap = (db, body) => db.query(`CREATE OR REPLACE FUNCTION cw_trap(text) RETURNS text IMMUTABLE LANGUAGE plpgsql AS $$ BEGIN ${body}; END $$`);
  async function breakRewrite(db) {
    await trap(db, 'RETURN $1');
    await db.query(`CREATE INDEX cw_trap_index ON cw_signatures (cw_trap(consent_text))`);
    await trap(db, `RAISE EXCEPTION 'no space left on device'`);
  }
  const repairRewrite = (db) => trap(db, 'RETURN $1');

  /** What the log says when a rewrite an erasure or a purge owed is done. */
  const DONE = 'the rewrite an earlier erasure or purge owed is done: the database files no longer hold them';

  /**
   * What still holds the database open after a receiver on `where` ({dataDir} or {databaseUrl}) stopped or failed to
   * start: PGlite's files open in this process, or connections to the PostgreSQL database. Waits up to 3 s for them
   * to go (a server ends a connection's backend shortly after the client left).
   */
  async function openAfter(where) {
    let open = await leftOpen(where);
    for (let i = 0; i < 60 && open.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      open = await leftOpen(where);
    }
    return open;
  }

  describe(`receiver on ${kind}`, () => {
    let r;
    before(async () => {
      r = await receiver();
    });

    describe("accepts each of the widget's formats", () => {
      for (const [format, method] of [
        ['json', 'POST'],
        ['form', 'PUT'],
        ['osdi', 'POST'],
      ]) {
        it(`${format} (${method}): stored once, details sealed, consent from consent.given`, async () => {
          const signer = {
            given_name: 'Zoë',
            family_name: 'Okonkwo-Ng',
            email: `zoe+${format}@example.org`,
            country: 'KE',
            postal_code: '00100',
            phone: '+254 20 123 4567',
          };
          const res = await sign(
            r.url,
            format,
            { signer, consent: { given: true, text: 'Keep me informed.', locale: 'sw-KE' }, tags: ['t1', 't2'], source_code: 'sc-9' },
            { method },
          );
          assert.equal(res.status, 201);
          assert.deepEqual(res.json, { ok: true, submission_id: res.id });
          const [row] = (await exportRows(r.url)).filter((row) => row.submission_id === res.id);
          assert.equal(row.consent_given, 'true', 'the opt-in is consent.given (the OSDI status said the opposite)');
          assert.equal(row.consent_text, 'Keep me informed.');
          assert.equal(row.consent_locale, 'sw-KE');
          assert.equal(row.consent_time, '2026-12-05T10:00:00.000Z');
          assert.equal(row.country, '', 'the country is not kept in clear unless countryCounts is on');
          assert.match(row.received_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
          assert.deepEqual(unsealWith(KEYS, row.sealed), { v: 1, format, signer, tags: ['t1', 't2'], source_code: 'sc-9' });
        });
      }

      it('OSDI with an opt-in refused: consent_given false even though the email status says subscribed', async () => {
        const res = await sign(r.url, 'osdi', { consent: { given: false } });
        assert.equal(res.status, 201);
        const [row] = (await exportRows(r.url)).filter((row) => row.submission_id === res.id);
        assert.equal(row.consent_given, 'false');
      });
    });

    describe('idempotency', () => {
      it('the same key and body again: the same answer, marked as a replay, one row', async () => {
        const id = uuid();
        const first = await sign(r.url, 'json', { id });
        const again = await sign(r.url, 'json', { id });
        assert.equal(first.status, 201);
        assert.equal(first.headers.get('idempotent-replayed'), null);
        assert.equal(again.status, 201);
        assert.deepEqual(again.json, first.json);
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
        assert.equal((await exportRows(r.url)).filter((row) => row.submission_id === id).length, 1);
      });

      it('a quoted key (RFC 8941 string) is the same key as the bare one', async () => {
        const id = uuid();
        assert.equal((await sign(r.url, 'form', { id }, { key: `"${id}"` })).status, 201);
        const again = await sign(r.url, 'form', { id }, { key: id });
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
      });

      it('no Idempotency-Key header: the submission_id is the key', async () => {
        const id = uuid();
        assert.equal((await sign(r.url, 'json', { id }, { key: false })).status, 201);
        assert.equal((await sign(r.url, 'json', { id }, { key: false })).headers.get('idempotent-replayed'), 'true');
      });

      it('the same key with another signature (another consent record): 422, and the first signature stays as it was', async () => {
        const id = uuid();
        await sign(r.url, 'json', { id, signer: { given_name: 'Ada', email: 'ada@example.org' } });
        const other = await sign(r.url, 'json', {
          id,
          signer: { given_name: 'Eve', email: 'eve@example.org' },
          consent: { time: '2026-12-05T10:00:00.001Z' },
        });
        assert.equal(other.status, 422);
        assert.ok(other.json.errors.submission_id);
        const rows = (await exportRows(r.url)).filter((row) => row.submission_id === id);
        assert.equal(rows.length, 1);
        assert.equal(unsealWith(KEYS, rows[0].sealed).signer.given_name, 'Ada');
      });

      it('the fingerprint hashes no signer detail: the same key and consent record with other details is a replay', async () => {
        const id = uuid();
        const ada = { given_name: 'Ada', family_name: 'Lovelace', email: 'ada@example.org' };
        const first = await sign(r.url, 'json', { id, signer: ada });
        assert.equal(first.status, 201);
        const [row] = await r.store.db.query(`SELECT encode(fingerprint, 'base64') AS fp FROM cw_signatures WHERE submission_id = $1`, [id]);
        assert.ok(row.fp, 'kept for the idempotency window');
        // Whoever holds the database, guessing the signer, could hash the body the widget sent: it must not match.
        const [type, data] = body('json', { id, signer: ada });
        assert.notEqual(row.fp, createHash('sha256').update(`${type}\n${data}`).digest('base64'));
        const other = await sign(r.url, 'json', { id, signer: { given_name: 'Eve', email: 'eve@example.org' } });
        assert.equal(other.status, 201);
        assert.equal(other.headers.get('idempotent-replayed'), 'true', "the signer's details do not change the fingerprint");
        const rows = (await exportRows(r.url)).filter((candidate) => candidate.submission_id === id);
        assert.equal(rows.length, 1);
        assert.equal(unsealWith(KEYS, rows[0].sealed).signer.given_name, 'Ada');
      });

      it('a body without a consent record (or its time): a retry is still a replay, though each try arrives at another time', async () => {
        for (const consent of [undefined, { given: false, text: '', locale: 'en' }]) {
          const id = uuid();
          const data = JSON.stringify({ submission_id: id, signer: { given_name: 'Ada', email: 'ada@example.org' }, consent });
          const post = () => fetch(`${r.url}/sign`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: data });
          assert.equal((await post()).status, 201);
          await new Promise((resolve) => setTimeout(resolve, 5));
          const retry = await post();
          assert.equal(retry.status, 201);
          assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        }
      });

      it('a retry after a restart gets the stored answer (a replay); another signature under its key, a 422', async () => {
        const first = await receiver();
        const id = uuid();
        assert.equal((await sign(first.url, 'form', { id })).status, 201);
        await first.close();
        const again = await receiver({ dataDir: first.config.dataDir, databaseUrl: first.config.databaseUrl });
        const retry = await sign(again.url, 'form', { id });
        assert.equal(retry.status, 201);
        assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        assert.equal((await sign(again.url, 'form', { id, consent: { time: '2026-12-05T10:00:01.000Z' } })).status, 422);
        assert.equal((await exportRows(again.url)).length, 1);
      });

      it('a database from before the bot screening gets its columns at start, and keeps its signatures', async () => {
        const first = await receiver();
        const old = await sign(first.url, 'json');
        // As schema 1 made the table.
        await first.store.db.query(`ALTER TABLE cw_signatures DROP COLUMN screening_fill_ms, DROP COLUMN screening_honeypot, DROP COLUMN screening_too_fast`);
        await first.close();
        const again = await receiver({ dataDir: first.config.dataDir, databaseUrl: first.config.databaseUrl });
        const screened = await sign(again.url, 'form', { screening: { fill_ms: 812, honeypot: false, too_fast: true } });
        assert.equal(screened.status, 201);
        const rows = await exportRows(again.url);
        const screening = (id) => {
          const row = rows.find((candidate) => candidate.submission_id === id);
          return [row.screening_fill_ms, row.screening_honeypot, row.screening_too_fast];
        };
        assert.deepEqual(screening(old.id), ['', '', ''], 'kept, its screening unknown');
        assert.deepEqual(screening(screened.id), ['812', 'false', 'true']);
      });

      it('a database from before: its fingerprints of whole bodies are dropped at start (and leave the files); a retry is a replay', async () => {
        const first = await receiver();
        const id = uuid();
        assert.equal((await sign(first.url, 'json', { id })).status, 201);
        // As an earlier receiver wrote it: SHA-256 of the content type and the whole body, and no 'fingerprint' mark.
        const [type, data] = body('json', { id });
        const old = createHash('sha256').update(`${type}\n${data}`).digest();
        await first.store.db.query(`UPDATE cw_signatures SET fingerprint = decode($1, 'base64')`, [old.toString('base64')]);
        await first.store.db.query(`DELETE FROM cw_meta WHERE key = 'fingerprint'`);
        await first.store.db.query('CHECKPOINT');
        if (erasableFiles) assert.ok(erasableFiles(first, [old]).length, 'the old fingerprint is in the files');
        await first.close();

        const again = await receiver({ dataDir: first.config.dataDir, databaseUrl: first.config.databaseUrl });
        assert.deepEqual(await again.store.db.query(`SELECT fingerprint FROM cw_signatures`), [{ fingerprint: null }]);
        if (erasableFiles) assert.deepEqual(erasableFiles(again, [old]), [], 'nor in the files');
        const retry = await sign(again.url, 'json', { id });
        assert.equal(retry.status, 201);
        assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        assert.equal((await exportRows(again.url)).length, 1, 'stored once');
      });

      it('an Idempotency-Key that differs from the submission_id: 422', async () => {
        const res = await sign(r.url, 'json', {}, { key: uuid() });
        assert.equal(res.status, 422);
        assert.ok(res.json.errors.submission_id);
      });

      it('50 concurrent requests with one key leave one row, and all get the same answer', async () => {
        const id = uuid();
        const before = await r.store.count();
        const answers = await Promise.all(Array.from({ length: 50 }, () => sign(r.url, 'json', { id })));
        assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
        assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length, 49);
        assert.equal((await exportRows(r.url)).filter((row) => row.submission_id === id).length, 1);
        assert.equal(await r.store.count(), before + 1);
        await assertCountKept(r);
      });
    });

    describe('malformed requests get the widget\'s {"errors": {field: message}}', () => {
      const post = (type, data, headers = {}) =>
        fetch(`${r.url}/sign`, { method: 'POST', headers: { 'content-type': type, ...headers }, body: data }).then(async (res) => ({
          status: res.status,
          json: await res.json(),
        }));

      it('not JSON: 400 {errors: {body}}', async () => {
        const res = await post('application/json', '{"submission_id": ');
        assert.equal(res.status, 400);
        assert.ok(res.json.errors.body);
      });

      it('fields the widget shows, with its messages: 422', async () => {
        const res = await sign(r.url, 'json', { signer: { email: 'not-an-email', phone: 'call me', country: 'Kenya', given_name: 'x'.repeat(101) } });
        assert.equal(res.status, 422);
        assert.deepEqual(res.json.errors, {
          given_name: 'Check this field.',
          email: 'Enter an email address like name@example.org.',
          country: 'Choose your country.',
          phone: 'Enter a phone number using digits, like +44 20 7946 0958.',
        });
        const missing = await sign(r.url, 'form', { signer: { family_name: 'Lovelace' } });
        assert.equal(missing.status, 422);
        assert.deepEqual(missing.json.errors, { given_name: 'Enter your first name.', email: 'Enter your email address.' });
      });

      it('a bad consent record, tags, submission id or key', async () => {
        const bad = await post(
          'application/json',
          JSON.stringify({ submission_id: 'x', signer: { given_name: 'A', email: 'a@b.org' }, consent: { given: 'yes', time: 'yesterday' }, tags: 'a' }),
        );
        assert.equal(bad.status, 422);
        assert.deepEqual(Object.keys(bad.json.errors).sort(), ['consent', 'submission_id', 'tags']);
        const key = await sign(r.url, 'json', {}, { key: 'has spaces in it' });
        assert.equal(key.status, 400);
        assert.ok(key.json.errors.idempotency_key);
      });

      it('a request target that is not a path (//[/, //a:99999/, //user@/): 400, and the receiver keeps answering', async () => {
        for (const target of ['//[/', '//a:99999/', '//user@/', '//a:99999/sign']) {
          const answer = await rawRequest(r.port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
          assert.match(answer, /^HTTP\/1\.1 400 /, `${target}: ${answer.split('\r\n')[0]}`);
        }
        const health = await fetch(`${r.url}/health`);
        assert.equal(health.status, 200);
        assert.deepEqual(await health.json(), { ok: true });
      });

      it('values that would fail the insert: a consent time outside 2000–2099, a lone surrogate in any text: 422', async () => {
        for (const time of ['0000-01-01T00:00:00Z', '1999-12-31T23:59:59.999Z', '2100-01-01T00:00:00Z']) {
          const res = await sign(r.url, 'json', { consent: { time } });
          assert.equal(res.status, 422, time);
          assert.match(res.json.errors.consent, /years 2000 to 2099/);
        }
        for (const [options, field] of [
          [{ consent: { text: 'Keep me informed \ud800' } }, 'consent'],
          [{ signer: { given_name: 'Ada\udc00', email: 'ada@example.org' } }, 'given_name'],
          [{ tags: ['ok', '\ud83d'] }, 'tags'],
          [{ source_code: '\ud800x' }, 'source_code'],
        ]) {
          for (const format of ['json', 'osdi']) {
            const res = await sign(r.url, format, options);
            assert.equal(res.status, 422, `${format} ${field}`);
            assert.deepEqual(Object.keys(res.json.errors), [field]);
          }
        }
        const fine = await sign(r.url, 'json', { consent: { time: '2000-01-01T00:00:00Z', text: 'Emoji are pairs: 😀' }, tags: ['✊🏽'] });
        assert.equal(fine.status, 201);
      });

      it('an unknown content type: 415; too large: 413; nothing stored', async () => {
        const before = await r.store.count();
        assert.equal((await post('text/plain', 'hello')).status, 415);
        const large = await post('application/json', JSON.stringify({ submission_id: uuid(), signer: { given_name: 'A'.repeat(20_000), email: 'a@b.org' } }));
        assert.equal(large.status, 413);
        assert.ok(large.json.errors.body);
        assert.equal(await r.store.count(), before);
      });
    });

    describe('CORS for the listed origins', () => {
      it('preflight: Content-Type and Idempotency-Key allowed for POST and PUT, cached', async () => {
        const res = await fetch(`${r.url}/sign`, {
          method: 'OPTIONS',
          headers: { origin: ORIGIN, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type,idempotency-key' },
        });
        assert.equal(res.status, 204);
        assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
        assert.match(res.headers.get('access-control-allow-methods'), /POST/);
        assert.match(res.headers.get('access-control-allow-methods'), /PUT/);
        assert.match(res.headers.get('access-control-allow-headers'), /content-type/);
        assert.match(res.headers.get('access-control-allow-headers'), /idempotency-key/);
        assert.ok(Number(res.headers.get('access-control-max-age')) > 0);
        assert.match(res.headers.get('vary'), /Origin/);
      });

      it('answers (errors too) carry the origin and expose Retry-After', async () => {
        const ok = await sign(r.url, 'json', {}, { headers: { origin: ORIGIN } });
        assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
        assert.match(ok.headers.get('access-control-expose-headers'), /retry-after/);
        const refused = await sign(r.url, 'json', { signer: { email: 'x' } }, { headers: { origin: ORIGIN } });
        assert.equal(refused.status, 422);
        assert.equal(refused.headers.get('access-control-allow-origin'), ORIGIN);
      });

      it('another origin: preflight refused, and a signature from it is refused and not stored', async () => {
        const pre = await fetch(`${r.url}/sign`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
        assert.equal(pre.status, 403);
        assert.equal(pre.headers.get('access-control-allow-origin'), null);
        const res = await sign(r.url, 'json', {}, { headers: { origin: 'https://evil.example' } });
        assert.equal(res.status, 403);
        assert.equal((await exportRows(r.url)).filter((row) => row.submission_id === res.id).length, 0);
      });
    });

    describe('count', () => {
      it('{"count": n} equals the stored rows, with Cache-Control and an ETag (304 when unchanged)', async () => {
        const rows = (await exportRows(r.url)).length;
        const res = await fetch(`${r.url}/count`);
        assert.equal(res.status, 200);
        assert.deepEqual(await res.json(), { count: rows });
        assert.match(res.headers.get('cache-control'), /public, max-age=\d+/);
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
        const etag = res.headers.get('etag');
        assert.ok(etag);
        const same = await fetch(`${r.url}/count`, { headers: { 'if-none-match': etag } });
        assert.equal(same.status, 304);
        await sign(r.url, 'json');
        const next = await fetch(`${r.url}/count`, { headers: { 'if-none-match': etag } });
        assert.equal(next.status, 200, 'a new signature changes the ETag');
        assert.deepEqual(await next.json(), { count: rows + 1 });
        await assertCountKept(r);
      });
    });

    describe('export', () => {
      it('needs the bearer token', async () => {
        assert.equal((await fetch(`${r.url}/export`)).status, 401);
        assert.equal((await fetch(`${r.url}/export`, { headers: { authorization: 'Bearer wrong-token-0123456789abcdefg' } })).status, 401);
      });

      it('CSV safe from formula injection: cells starting with = + - @ tab, CR or LF get a quote, as does such a character after a separator', async () => {
        const texts = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', 'a,"quoted"\nline', 'plain'];
        const ids = [];
        for (const text of texts) {
          // Control characters are cleaned from consent text on arrival; put the raw ones in the locale-free text anyway.
          const res = await sign(r.url, 'json', { consent: { text } });
          assert.equal(res.status, 201);
          ids.push(res.id);
        }
        const csv = await (await fetch(`${r.url}/export`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
        const rows = lib.parseCsv(csv);
        const byId = new Map(rows.map((row) => [row[1], row]));
        const cell = (id) => byId.get(id)[4];
        assert.equal(cell(ids[0]), `'=HYPERLINK("http://evil.example","x")`);
        assert.equal(cell(ids[1]), `'+1+2`);
        assert.equal(cell(ids[2]), `'-2+3`);
        assert.equal(cell(ids[3]), `'@SUM(A1)`);
        assert.equal(cell(ids[4]), 'TAB', 'control characters were cleaned on arrival');
        assert.equal(cell(ids[5]), 'CR');
        assert.equal(cell(ids[6]), 'a,"quoted"line');
        assert.equal(cell(ids[7]), 'plain');
        for (const row of rows) for (const value of row) assert.doesNotMatch(value, /^[=+\-@\t\r]/, 'no cell starts with a formula character');
        // The CSV writer itself, for values that never pass the cleaning (tab, CR, quotes, newlines); a tab or a line
        // break is a separator too, so what follows it is neutralized as well:
        assert.equal(lib.csvCell('\t=1'), `'\t'=1`);
        assert.equal(lib.csvCell('\r=1'), `"'\r'=1"`);
        assert.equal(lib.csvCell('\n@1'), `"'\n'@1"`);
        assert.equal(lib.csvCell('a;=1;b;-2'), `a;'=1;b;'-2`);
        assert.equal(lib.csvCell('a,+1'), `"a,'+1"`);
        assert.equal(lib.csvCell(`a;'=1`), `a;'=1`, 'written again, as decrypt does, it is unchanged');
        assert.equal(lib.csvCell('-'), `'-`);
        assert.equal(lib.csvCell('a"b'), '"a""b"');
        assert.equal(lib.csvCell(null), '');
      });

      it('a since cursor and a limit, in commit order; streamed', async () => {
        const all = await exportRows(r.url);
        const seqs = all.map((row) => Number(row.seq));
        assert.deepEqual(
          seqs,
          [...seqs].sort((a, b) => a - b),
        );
        const middle = seqs[Math.floor(seqs.length / 2)];
        const after = await exportRows(r.url, `?since=${middle}`);
        assert.deepEqual(
          after.map((row) => Number(row.seq)),
          seqs.filter((s) => s > middle),
        );
        const two = await exportRows(r.url, `?since=${seqs[0]}&limit=2`);
        assert.deepEqual(
          two.map((row) => Number(row.seq)),
          seqs.slice(1, 3),
        );
        const res = await fetch(`${r.url}/export`, { headers: { authorization: `Bearer ${TOKEN}` } });
        assert.equal(res.headers.get('transfer-encoding'), 'chunked');
        assert.match(res.headers.get('content-type'), /^text\/csv/);
        await res.text();
        assert.equal((await fetch(`${r.url}/export?since=-1`, { headers: { authorization: `Bearer ${TOKEN}` } })).status, 400);
        for (const limit of ['1.5', '0', '', 'abc', 'Infinity', '1e400']) {
          const refused = await fetch(`${r.url}/export?limit=${limit}`, { headers: { authorization: `Bearer ${TOKEN}` } });
          assert.equal(refused.status, 400, `limit=${limit}`);
          assert.ok((await refused.json()).errors.limit);
        }
        assert.equal((await exportRows(r.url, '?limit=1')).length, 1);
      });
    });

    describe('erasure and retention keep the count', () => {
      it('erasing one signer by submission id: row gone, count unchanged, a late retry does not bring it back', async () => {
        const res = await sign(r.url, 'json');
        const count = await r.store.count();
        const erase = await fetch(`${r.url}/erase`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ submission_id: res.id }),
        });
        assert.deepEqual(await erase.json(), { erased: 1 });
        assert.equal((await exportRows(r.url)).filter((row) => row.submission_id === res.id).length, 0);
        assert.equal(await r.store.count(), count);
        const retry = await sign(r.url, 'json', { id: res.id });
        assert.equal(retry.status, 201);
        assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        assert.equal((await exportRows(r.url)).filter((row) => row.submission_id === res.id).length, 0);
        assert.equal(await r.store.count(), count);
        await assertCountKept(r);
      });

      it('a retention purge deletes old rows; the count keeps them', async () => {
        await sign(r.url, 'form');
        const count = await r.store.count();
        const rows = (await exportRows(r.url)).length;
        assert.ok(rows > 0);
        const purge = await fetch(`${r.url}/purge`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({ before: new Date(Date.now() + 60_000).toISOString() }),
        });
        assert.equal((await purge.json()).purged, rows);
        assert.equal((await exportRows(r.url)).length, 0);
        assert.equal(await r.store.count(), count);
        assert.deepEqual(await (await fetch(`${r.url}/count`)).json(), { count });
        await assertCountKept(r);
        const after = await sign(r.url, 'json');
        assert.equal(after.status, 201);
        assert.equal(await r.store.count(), count + 1);
        await assertCountKept(r);
      });
    });

    describe('erasure and retention reach the files', () => {
      it('an erased, then a purged signature: their sealed details and consent text are no longer in any file', { skip: !erasableFiles }, async () => {
        const r = await receiver();
        const erased = await sign(r.url, 'json', { consent: { text: `Erase me ${uuid()}` } });
        const purged = await sign(r.url, 'form', { consent: { text: `Purge me ${uuid()}` } });
        const rows = await exportRows(r.url);
        // Some bytes of each sealed box (random: found nowhere else), and the consent text, stored in clear.
        const traces = (id) => {
          const row = rows.find((candidate) => candidate.submission_id === id);
          return [Buffer.from(row.sealed, 'base64').subarray(16, 64), row.consent_text];
        };
        // How many of the needles are in some file.
        const found = (needles) => needles.filter((needle) => erasableFiles(r, [needle]).length).length;
        // Written to the table files, not only to the WAL, as any database is after a while.
        await r.store.db.query('CHECKPOINT');
        assert.equal(found(traces(erased.id)), 2, 'stored: the test finds them');
        assert.equal(found(traces(purged.id)), 2);

        const erase = await fetch(`${r.url}/erase`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({ submission_id: erased.id }),
        });
        assert.deepEqual(await erase.json(), { erased: 1 });
        assert.deepEqual(erasableFiles(r, traces(erased.id)), [], 'erased: gone from the files');
        assert.equal(found(traces(purged.id)), 2, 'the other signature is still there');

        const purge = await fetch(`${r.url}/purge`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({ before: new Date(Date.now() + 60_000).toISOString() }),
        });
        assert.equal((await purge.json()).purged, 1);
        assert.deepEqual(erasableFiles(r, traces(purged.id)), [], 'purged: gone from the files');
        assert.equal(await r.store.count(), 2, 'the count keeps both');
        await assertCountKept(r);
      });

      it('a scrub that failed: 202, deleted but still in the files; the next erasure finishes it and says so', { skip: !erasableFiles }, async () => {
        const logged = [];
        const r = await receiver({ log: (line) => logged.push(line) });
        const erased = await sign(r.url, 'json', { consent: { text: `Erase me ${uuid()}` } });
        const kept = await sign(r.url, 'form', { consent: { text: `Keep me ${uuid()}` } });
        const row = (await exportRows(r.url)).find((candidate) => candidate.submission_id === erased.id);
        const traces = [Buffer.from(row.sealed, 'base64').subarray(16, 64), row.consent_text];
        // How many of them are in some file.
        const found = () => traces.filter((needle) => erasableFiles(r, [needle]).length).length;
        await breakRewrite(r.store.db);
        await r.store.db.query('CHECKPOINT');
        assert.equal(found(), 2, 'stored: the test finds them');

        const erase = () => eraseRequest(r, { submission_id: erased.id });
        const failed = await erase();
        assert.equal(failed.status, 202, 'accepted: done in the table, not yet in the files');
        assert.deepEqual(await failed.json(), { erased: 1, scrub: 'pending' });
        assert.deepEqual(
          (await exportRows(r.url)).map((candidate) => candidate.submission_id),
          [kept.id],
          'the row is deleted',
        );
        assert.equal(found(), 2, 'but its details are still in the files');
        const owed = logged.find((line) => line.startsWith('erasure: '));
        assert.match(
          owed ?? logged.join(' | '),
          /^erasure: 1 signature\(s\) deleted, but the database files still hold erased or purged signatures: their rewrite failed \(error P0001 at .+\); the next erasure, purge or hourly housekeeping tries again$/,
        );
        assert.equal(logged.join('\n').includes('no space left'), false, "never the database's message");

        await repairRewrite(r.store.db);
        const retried = await erase();
        assert.equal(retried.status, 200);
        assert.deepEqual(await retried.json(), { erased: 0, scrub: 'done' }, 'nothing left to delete, and the rewrite it owed is done');
        assert.ok(logged.includes(`erasure: ${DONE}`), logged.join(' | '));
        assert.deepEqual(erasableFiles(r, traces), [], 'the owed rewrite was done: gone from the files');
        assert.deepEqual(
          (await exportRows(r.url)).map((candidate) => candidate.submission_id),
          [kept.id],
        );
        assert.equal(await r.store.count(), 2, 'the count keeps both');
        await assertCountKept(r);
      });

      it('a purge whose rewrite fails says so (202); the hourly housekeeping tries again, and says when it is done', { skip: !erasableFiles }, async (t) => {
        // Only the receiver's hourly timer is made to run now; the database, the server and fetch keep real time.
        t.mock.timers.enable({ apis: ['setInterval'] });
        const logged = [];
        const r = await receiver({ log: (line) => logged.push(line) });
        const old = await sign(r.url, 'json', { consent: { text: `Purge me ${uuid()}` } });
        await r.store.db.query(`UPDATE cw_signatures SET received_at = received_at - interval '2 days'`);
        // A newer one stays: the rewrite has a row to index (an empty table's rewrite calls no index function).
        const kept = await sign(r.url, 'form', { consent: { text: `Keep me ${uuid()}` } });
        const row = (await exportRows(r.url)).find((candidate) => candidate.submission_id === old.id);
        const traces = [Buffer.from(row.sealed, 'base64').subarray(16, 64), row.consent_text];
        const found = () => traces.filter((needle) => erasableFiles(r, [needle]).length).length;
        await breakRewrite(r.store.db);
        await r.store.db.query('CHECKPOINT');

        const before = new Date(Date.now() - 86_400_000).toISOString();
        const purge = () => fetch(`${r.url}/purge`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ before }) });
        const failed = await purge();
        assert.equal(failed.status, 202);
        assert.deepEqual(await failed.json(), { purged: 1, before, scrub: 'pending' });
        assert.deepEqual(
          (await exportRows(r.url)).map((candidate) => candidate.submission_id),
          [kept.id],
          'the row is deleted',
        );
        assert.equal(found(), 2, 'but its details are still in the files');
        assert.match(
          logged.find((line) => line.startsWith('purge: ')) ?? logged.join(' | '),
          /^purge: 1 signature\(s\) deleted, but .* \(error P0001 at .+\);/,
        );

        // An hour later, still failing: logged by kind; an hour after that, repaired: done, and said.
        const hourly = async (prefix) => {
          t.mock.timers.tick(3_600_000);
          for (let i = 0; i < 250 && !logged.some((line) => line.startsWith(prefix)); i++) await new Promise((resolve) => setTimeout(resolve, 20));
          return logged.find((line) => line.startsWith(prefix)) ?? logged.join(' | ');
        };
        assert.match(
          await hourly('housekeeping failed'),
          /^housekeeping failed: error P0001 at .+, while taking erased or purged signatures out of the database files$/,
        );
        assert.equal(found(), 2);
        await repairRewrite(r.store.db);
        assert.equal(await hourly(`housekeeping: ${DONE.slice(0, 20)}`), `housekeeping: ${DONE}`);
        assert.deepEqual(erasableFiles(r, traces), [], 'gone from the files');
        assert.equal(logged.join('\n').includes('no space left'), false, "never the database's message");
      });

      it('a rewrite still owed when the receiver stops: the next start does not serve until it is done, then says so', { skip: !erasableFiles }, async () => {
        const first = await receiver();
        const erased = await sign(first.url, 'json', { consent: { text: `Erase me ${uuid()}` } });
        // One stays: the rewrite has a row to index (an empty table's rewrite calls no index function).
        await sign(first.url, 'form', { consent: { text: `Keep me ${uuid()}` } });
        const row = (await exportRows(first.url)).find((candidate) => candidate.submission_id === erased.id);
        const traces = [Buffer.from(row.sealed, 'base64').subarray(16, 64), row.consent_text];
        const found = (r) => traces.filter((needle) => erasableFiles(r, [needle]).length).length;
        await breakRewrite(first.store.db);
        await first.store.db.query('CHECKPOINT');
        assert.equal((await eraseRequest(first, { submission_id: erased.id })).status, 202);
        await first.close();
        assert.equal(found(first), 2, 'still in the files');
        const where = { dataDir: first.config.dataDir, databaseUrl: first.config.databaseUrl };

        // Still failing: the debt is in the database, the start tries it, and refuses to serve while it fails.
        const logged = [];
        await assert.rejects(receiver({ ...where, log: (line) => logged.push(line) }), (error) => {
          assert.ok(error instanceof lib.StartError, String(error));
          assert.match(
            error.message,
            /^not started: the housekeeping it does before serving failed: error P0001 at .+, while taking erased or purged signatures out of the database files\. /,
          );
          assert.equal(error.message.includes('no space left'), false, "never the database's message");
          return true;
        });
        assert.deepEqual(await openAfter(where), [], 'the failed start closed the database');
        assert.equal(found(first), 2);

        // Repaired (as the operator would, with the receiver stopped): the next start does it, and says so.
        const db = await lib.openDatabase(first.config);
        await repairRewrite(db);
        await db.close();
        const again = await receiver({ ...where, log: (line) => logged.push(line) });
        assert.ok(logged.includes(`housekeeping: ${DONE}`), logged.join(' | '));
        assert.deepEqual(erasableFiles(again, traces), [], 'gone from the files');
      });
    });

    describe('privacy', () => {
      it('stores no IP address, user agent, referrer or header, and no signer detail in clear', async () => {
        const marker = `mk${Date.now()}`;
        const email = `${marker}.signer@example.org`;
        const res = await sign(
          r.url,
          'json',
          { signer: { given_name: `Name${marker}`, email } },
          {
            headers: {
              'user-agent': `UA-${marker}`,
              referer: `https://partner.example/${marker}`,
              'x-forwarded-for': '203.0.113.77',
              cookie: `c=${marker}`,
              origin: ORIGIN,
            },
          },
        );
        assert.equal(res.status, 201);
        const tables = await r.store.db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`);
        assert.deepEqual(
          tables.map((t) => t.table_name),
          ['cw_counts', 'cw_meta', 'cw_requests', 'cw_signatures'],
        );
        const columns = await r.store.db.query(
          `SELECT column_name FROM information_schema.columns WHERE table_name = 'cw_signatures' ORDER BY ordinal_position`,
        );
        assert.deepEqual(
          columns.map((c) => c.column_name),
          [
            'seq',
            'submission_id',
            'received_at',
            'consent_given',
            'consent_text',
            'consent_locale',
            'consent_time',
            'confirmed_at',
            'confirm_hash',
            'country',
            'email_hash',
            'fingerprint',
            'sealed',
            // The widget's bot screening: not personal data.
            'screening_fill_ms',
            'screening_honeypot',
            'screening_too_fast',
          ],
        );
        let text = '';
        for (const { table_name } of tables) {
          for (const row of await r.store.db.query(`SELECT t::text AS t FROM ${table_name} t`)) text += `${row.t}\n`;
        }
        for (const needle of [marker, '203.0.113.77', 'partner.example', 'example.org', 'Name'])
          assert.equal(text.includes(needle), false, `"${needle}" is not in the database`);
        if (dataFolder) {
          // The files themselves (tables, indexes, WAL): nothing of the request, nothing of the signer in clear.
          const hits = dataFolder(r, [marker, '203.0.113.77', `UA-${marker}`]);
          assert.deepEqual(hits, [], 'no file in the data folder contains them');
        }
      });
    });
  });

  describe(`receiver on ${kind}: limits`, () => {
    it('a configured rate limit answers 429 with Retry-After', async () => {
      const r = await receiver({ rateLimit: 2, rateBurst: 2 });
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await sign(r.url, 'json', {}, { headers: { origin: ORIGIN } }));
      assert.deepEqual(
        answers.map((a) => a.status),
        [201, 201, 429, 429, 429],
      );
      for (const a of answers.slice(2)) {
        assert.ok(Number(a.headers.get('retry-after')) >= 1);
        assert.equal(a.headers.get('access-control-allow-origin'), ORIGIN, 'the widget can read the 429 and its Retry-After');
      }
      assert.equal(await r.store.count(), 2);
    });

    it('overload (too many signatures waiting for the database) answers 503 with Retry-After; retried, all are stored once', async () => {
      const r = await receiver({ maxPending: 1, retryAfter: 3 });
      // The database is busy for a moment (another transaction holds it): signatures pile up behind it.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      const busyDb = r.store.db.transaction(() => held);
      const sent = Array.from({ length: 30 }, () => sign(r.url, 'json'));
      // Hold the database until the receiver has turned a signature away (or give up after 5 s and fail below).
      const turnedAway = Promise.any(sent.map((answer) => answer.then((a) => (a.status === 503 ? a : Promise.reject(new Error('stored'))))));
      await Promise.race([turnedAway.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      release();
      await busyDb;
      const answers = await Promise.all(sent);
      const busy = answers.filter((a) => a.status === 503);
      assert.ok(busy.length > 0, 'some were refused');
      for (const a of busy) assert.equal(a.headers.get('retry-after'), '3');
      assert.equal(await r.store.count(), answers.filter((a) => a.status === 201).length);
      for (const a of busy) assert.equal((await sign(r.url, 'json', { id: a.id })).status, 201);
      assert.equal(await r.store.count(), 30);
      await assertCountKept(r);
    });
  });

  describe(`receiver on ${kind}: the log`, () => {
    // A table broken by hand: a constraint that reads the consent text as a number. The database then refuses the
    // row with a message that quotes it ("invalid input syntax for type integer: "…""), as a constraint or type
    // error can quote any value of the row it refused.
    const breakTable = (r) => r.store.db.query(`ALTER TABLE cw_signatures ADD CONSTRAINT broken CHECK (consent_text::integer > 0) NOT VALID`);
    const signer = (marker) => ({ given_name: `Amara ${marker}`, family_name: 'Okafor', email: `amara.${marker}@example.org` });

    it('a signature the database refuses: the signer is told to try again, nothing is stored, the log names the error by kind only', async () => {
      const logged = [];
      const r = await receiver({ log: (line) => logged.push(line) });
      await breakTable(r);
      const marker = `m${Date.now()}`;
      const res = await sign(r.url, 'json', { signer: signer(marker), consent: { given: true, text: `I agree ${marker}` } });
      // As for any 5xx with Retry-After, the widget keeps the signature and sends it again (docs/petitions.md).
      assert.equal(res.status, 503);
      assert.deepEqual(res.json, { error: 'The receiver could not store the signature; try again.' });
      assert.equal(res.headers.get('retry-after'), '2');
      assert.equal(r.stats.created, 0);
      assert.equal(await r.store.count(), 0, 'not counted');
      assert.deepEqual(await exportRows(r.url), [], 'not stored');
      const failure = logged.find((line) => line.startsWith('storing a signature failed'));
      assert.ok(failure, `the failure is logged: ${logged.join(' | ')}`);
      assert.match(failure, /^storing a signature failed: error 22P02 at /, "by kind, with the database's SQLSTATE");
      for (const needle of [marker, 'Amara', 'amara.', res.id, 'invalid input syntax'])
        assert.equal(logged.join('\n').includes(needle), false, `"${needle}" is not in the log: ${logged.join(' | ')}`);
    });

    it('hourly housekeeping that fails: logged by kind only, never the row the database quotes', async (t) => {
      // Only the receiver's hourly timer is made to run now; the database, the server and fetch keep real time.
      t.mock.timers.enable({ apis: ['setInterval'] });
      const logged = [];
      const r = await receiver({ log: (line) => logged.push(line) });
      const marker = `m${Date.now()}`;
      const res = await sign(r.url, 'json', { signer: signer(marker), consent: { given: true, text: `I agree ${marker}` } });
      assert.equal(res.status, 201);
      // Two days old: its fingerprint is past the idempotency window, so housekeeping rewrites the row.
      await r.store.db.query(`UPDATE cw_signatures SET received_at = received_at - interval '2 days'`);
      await breakTable(r);
      t.mock.timers.tick(3_600_000);
      for (let i = 0; i < 250 && !logged.some((line) => line.startsWith('housekeeping failed')); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const failure = logged.find((line) => line.startsWith('housekeeping failed'));
      assert.ok(failure, `the failure is logged: ${logged.join(' | ')}`);
      assert.match(failure, /^housekeeping failed: error 22P02 at /);
      for (const needle of [marker, res.id, 'invalid input syntax'])
        assert.equal(logged.join('\n').includes(needle), false, `"${needle}" is not in the log: ${logged.join(' | ')}`);
    });
  });

  describe(`receiver on ${kind}: starting`, () => {
    it('a first housekeeping that cannot purge: not started, said by kind only, the database closed and open to the next receiver', async () => {
      const first = await receiver();
      const marker = `m${Date.now()}`;
      const old = await sign(first.url, 'json', { consent: { given: true, text: `I agree ${marker}` } });
      assert.equal(old.status, 201);
      await first.store.db.query(`UPDATE cw_signatures SET received_at = received_at - interval '400 days'`);
      // The purge fails, as on a damaged table: a trigger refuses the DELETE with a message that quotes the row, as a
      // database's message can.
      await first.store.db.query(
        `CREATE FUNCTION cw_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'cannot delete %', OLD.consent_text; END $$`,
      );
      await first.store.db.query(`CREATE TRIGGER cw_refuse BEFORE DELETE ON cw_signatures FOR EACH ROW EXECUTE FUNCTION cw_refuse()`);
      await first.close();
      const where = { dataDir: first.config.dataDir, databaseUrl: first.config.databaseUrl };

      const logged = [];
      const log = (line) => logged.push(line);
      await assert.rejects(receiver({ ...where, retentionDays: 365, log }), (error) => {
        assert.ok(error instanceof lib.StartError, String(error));
        assert.match(
          error.message,
          /^not started: the housekeeping it does before serving failed: error P0001 at .+, while deleting the signatures older than the retention \(365 days\)\. It serves only once that succeeds /,
        );
        for (const needle of [marker, 'cannot delete'])
          assert.equal(error.message.includes(needle), false, `"${needle}" is not in the error: ${error.message}`);
        return true;
      });
      assert.deepEqual(await openAfter(where), [], 'nothing of the failed start holds the database open');

      // Right away, a second receiver opens it: nothing was half done (the purge's transaction was rolled back).
      const again = await receiver({ ...where, log });
      assert.deepEqual(
        (await exportRows(again.url)).map((row) => row.submission_id),
        [old.id],
      );
    });
  });

  describe(`receiver on ${kind}: options`, () => {
    it('de-duplication by email (emailHashKey): the same address again is answered alike but not counted; erasure by email', async () => {
      const r = await receiver({ emailHashKey: 'k'.repeat(40) });
      const first = await sign(r.url, 'json', { signer: { given_name: 'Ada', email: 'Ada@Example.org' } });
      const second = await sign(r.url, 'form', { signer: { given_name: 'Ada L', email: ' ada@example.ORG' } });
      assert.equal(first.status, 201);
      assert.equal(second.status, 201, 'the answer does not reveal that the address has signed');
      assert.deepEqual(second.json, { ok: true, submission_id: second.id });
      assert.equal(await r.store.count(), 1);
      assert.equal(
        (await sign(r.url, 'form', { id: second.id, signer: { given_name: 'Ada L', email: ' ada@example.ORG' } })).headers.get('idempotent-replayed'),
        'true',
      );
      const [hash] = await r.store.db.query(`SELECT encode(email_hash, 'hex') AS h FROM cw_signatures`);
      assert.equal(hash.h.length, 64, 'a keyed 32-byte hash, not the address');
      const erase = await fetch(`${r.url}/erase`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ email: 'ADA@example.org' }),
      });
      assert.deepEqual(await erase.json(), { erased: 1 });
      assert.equal((await exportRows(r.url)).length, 0);
      assert.equal(await r.store.count(), 1);
      await assertCountKept(r);
    });

    it('counts per country (countryCounts): /count?country=XX, kept through erasure', async () => {
      const r = await receiver({ countryCounts: true });
      const ke = await sign(r.url, 'json', { signer: { given_name: 'A', email: 'a@example.org', country: 'KE' } });
      await sign(r.url, 'osdi', { signer: { given_name: 'B', email: 'b@example.org', country: 'KE' } });
      await sign(r.url, 'form', { signer: { given_name: 'C', email: 'c@example.org', country: 'GB' } });
      await sign(r.url, 'form', { signer: { given_name: 'D', email: 'd@example.org' } });
      const count = async (q) => (await (await fetch(`${r.url}/count${q}`)).json()).count;
      assert.equal(await count('?country=ke'), 2);
      assert.equal(await count('?country=GB'), 1);
      assert.equal(await count('?country=FR'), 0);
      assert.equal(await count(''), 4);
      await fetch(`${r.url}/erase`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ submission_id: [ke.id] }) });
      assert.equal(await r.store.count('KE'), 2);
      assert.equal((await exportRows(r.url)).filter((row) => row.country === 'KE').length, 1);
      await assertCountKept(r);
    });

    it('keeps the bot screening in clear for review, in every format, and never refuses a signature over it', async () => {
      const r = await receiver();
      const flagged = { fill_ms: 812, honeypot: true, too_fast: true };
      const signed = {};
      for (const format of ['json', 'form', 'osdi']) signed[format] = await sign(r.url, format, { screening: flagged });
      const unreadable = await sign(r.url, 'json', { screening: { fill_ms: 'soon', honeypot: 'maybe', too_fast: [] } });
      const without = await sign(r.url, 'form');
      for (const result of [...Object.values(signed), unreadable, without]) assert.equal(result.status, 201);
      const rows = await exportRows(r.url);
      const screening = (id) => {
        const row = rows.find((candidate) => candidate.submission_id === id);
        return [row.screening_fill_ms, row.screening_honeypot, row.screening_too_fast];
      };
      for (const format of ['json', 'form', 'osdi']) assert.deepEqual(screening(signed[format].id), ['812', 'true', 'true'], format);
      assert.deepEqual(screening(unreadable.id), ['', '', ''], 'what cannot be read stays unknown');
      assert.deepEqual(screening(without.id), ['', '', '']);
      await assertCountKept(r);
    });

    it('a confirmation email the mail server refuses is logged without the address the server quotes', async () => {
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo(address, session, done) {
          const refusal = new Error(`Mailbox <${address.address}> unavailable`);
          refusal.responseCode = 550;
          done(refusal);
        },
      });
      const smtpPort = await freePort();
      await new Promise((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
      try {
        const logged = [];
        const r = await receiverWithDoubleOptIn(smtpPort, { log: (line) => logged.push(line) });
        assert.equal((await sign(r.url, 'json', { signer: { given_name: 'R', email: 'refused@example.org' }, consent: { given: true } })).status, 201);
        await r.mailIdle();
        const failure = logged.find((line) => line.includes('could not be sent'));
        assert.ok(failure, `the failure is logged: ${logged.join(' | ')}`);
        assert.match(failure, /550/, 'with the server’s code');
        assert.doesNotMatch(logged.join('\n'), /refused@example\.org|@example\.org/, 'never the address');
      } finally {
        await new Promise((resolve) => smtp.close(resolve));
      }
    });

    it('double opt-in with a mail server that does not answer: said at start-up, not after the first signer', async () => {
      const port = await freePort();
      const nobody = await freePort();
      const r = await receiver({
        port,
        doubleOptIn: { smtp: `smtp://127.0.0.1:${nobody}`, from: 'campaign@ngo.example', publicUrl: `http://127.0.0.1:${port}/` },
      });
      assert.match(await r.checkMail(), /^NOT reachable \(.*ECONNREFUSED.*\): confirmation emails will fail/);
    });

    it("double opt-in speaks the signer's language: the mail, its page and the thank-you; a dead link, the browser's", async () => {
      const { mails: received, smtpPort, close } = await mailRecorder();
      // As the signer reads them: the subject and text decoded.
      const mails = () => received.map((mail) => ({ to: mail.to[0], ...readMail(mail.raw) }));
      try {
        const port = await freePort();
        const doubleOptIn = { smtp: `smtp://127.0.0.1:${smtpPort}`, from: 'campaign@ngo.example', publicUrl: `http://127.0.0.1:${port}/` };
        const r = await receiver({ port, doubleOptIn });
        const signAs = (email, locale, format) => sign(r.url, format, { signer: { given_name: 'S', email }, consent: { given: true, locale } });
        assert.equal((await signAs('fr@example.org', 'fr-CA', 'json')).status, 201);
        assert.equal((await signAs('ar@example.org', 'ar-EG', 'form')).status, 201);
        assert.equal((await signAs('tlh@example.org', 'tlh', 'osdi')).status, 201); // Klingon: no one ships it
        await r.mailIdle();
        const mailTo = (address) => mails().find((mail) => mail.to === address);

        const french = mailTo('fr@example.org');
        assert.equal(french.subject, 'Veuillez confirmer\u202f: je souhaite recevoir des nouvelles');
        assert.match(french.text, /^Vous avez signé notre pétition et demandé à recevoir de nos nouvelles\./);
        assert.match(mailTo('ar@example.org').subject, /^يُرجى التأكيد/);
        assert.equal(mailTo('tlh@example.org').subject, 'Please confirm: keep me informed', 'a language the receiver lacks gets English');

        const link = /http:\/\/127\.0\.0\.1:\d+\/confirm\?t=([A-Za-z0-9_-]{43})/.exec(french.text);
        assert.ok(link, 'the French mail carries its link');
        // The signer's language wins over the browser's.
        const page = await (await fetch(link[0], { headers: { 'accept-language': 'es' } })).text();
        assert.match(page, /<html lang="fr" dir="ltr">/);
        assert.match(page, /<button type="submit">Oui, je souhaite recevoir des nouvelles<\/button>/);
        const confirmed = await fetch(`${r.url}/confirm`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `t=${link[1]}`,
        });
        assert.equal(confirmed.status, 200);
        assert.match(await confirmed.text(), /<h1>Merci<\/h1>/);

        const arabicLink = /http:\/\/127\.0\.0\.1:\d+\/confirm\?t=[A-Za-z0-9_-]{43}/.exec(mailTo('ar@example.org').text)[0];
        assert.match(await (await fetch(arabicLink)).text(), /<html lang="ar" dir="rtl">/);

        // A link that no longer works knows no signature: the browser's language, else English.
        const dead = await fetch(link[0], { headers: { 'accept-language': 'tlh, es;q=0.8, en;q=0.5' } });
        assert.equal(dead.status, 404);
        assert.match(await dead.text(), /<html lang="es" dir="ltr">[\s\S]*<h1>Este enlace ya no funciona<\/h1>/);
        assert.match(await (await fetch(link[0])).text(), /<html lang="en" dir="ltr">/);

        // A team that wrote its own subject and text sends them to everyone.
        const ownPort = await freePort();
        const own = await receiver({
          port: ownPort,
          doubleOptIn: { ...doubleOptIn, publicUrl: `http://127.0.0.1:${ownPort}/`, subject: 'Bitte bestätigen', text: 'Hier bestätigen: {link}' },
        });
        received.length = 0;
        assert.equal(
          (await sign(own.url, 'json', { signer: { given_name: 'S', email: 'fr2@example.org' }, consent: { given: true, locale: 'fr' } })).status,
          201,
        );
        await own.mailIdle();
        assert.equal(mails()[0].subject, 'Bitte bestätigen');
        assert.match(mails()[0].text, /^Hier bestätigen: http:\/\/127\.0\.0\.1:\d+\/confirm\?t=/);
      } finally {
        await close();
      }
    });

    it('double opt-in mails an address once a day whatever is sent, and only a bare address', async () => {
      const { mails, smtpPort, close } = await mailRecorder();
      try {
        const r = await receiverWithDoubleOptIn(smtpPort);
        const signAs = (email, format = 'json') => sign(r.url, format, { signer: { given_name: 'V', email }, consent: { given: true } });
        // Twenty signatures with one address (as typed, and as a mailer compares it): all stored and counted, one mail.
        const answers = [];
        for (let i = 0; i < 20; i++)
          answers.push(await signAs(['victim@example.org', 'Victim@Example.ORG', ' victim@example.org'][i % 3], ['json', 'form'][i % 2]));
        assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
        assert.equal(await r.store.count(), 20, 'no signature is lost');
        // Addresses a mailer reads as other recipients, or with a name the sender chose: refused, so never mailed.
        for (const email of [
          'root,victim@example.org',
          '"a"<victim2@example.org>',
          'a <victim3@example.org>',
          'victim4@example.org;b@example.org',
          'a b@example.org',
          'a@b@example.org',
          'a@example',
        ]) {
          const res = await signAs(email);
          assert.equal(res.status, 422, email);
          assert.deepEqual(res.json.errors, { email: 'Enter an email address like name@example.org.' });
        }
        assert.equal((await signAs('other@example.org')).status, 201);
        await r.mailIdle();
        assert.deepEqual(mails.map((mail) => mail.to).sort(), [['other@example.org'], ['victim@example.org']]);
        const [{ n }] = await r.store.db.query(`SELECT count(*)::int AS n FROM cw_signatures WHERE confirm_hash IS NOT NULL`);
        assert.equal(n, 2, 'a token is stored only for a signature whose mail was sent');
      } finally {
        await close();
      }
    });

    it('double opt-in against a real SMTP server: the link opens a page (strict CSP, no script) whose POST button confirms', async () => {
      const { mails, smtpPort, close } = await mailRecorder();
      try {
        const r = await receiverWithDoubleOptIn(smtpPort);
        assert.equal(await r.checkMail(), 'reachable', 'the start-up line says the mail server answers');
        const no = await sign(r.url, 'json', { signer: { given_name: 'N', email: 'no@example.org' }, consent: { given: false } });
        const yes = await sign(r.url, 'osdi', { signer: { given_name: 'Y', email: 'yes@example.org' }, consent: { given: true } });
        assert.equal(no.status, 201);
        assert.equal(yes.status, 201);
        await r.mailIdle();
        assert.equal(mails.length, 1, 'only the signer who ticked the opt-in gets a mail');
        assert.deepEqual(mails[0].to, ['yes@example.org']);
        const raw = mails[0].raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
        const link = /http:\/\/127\.0\.0\.1:\d+\/confirm\?t=([A-Za-z0-9_-]{43})/.exec(raw);
        assert.ok(link, 'the mail carries the confirmation link');
        const token = link[1];

        const rows = await r.store.db.query(`SELECT t::text AS t FROM cw_signatures t`);
        assert.equal(
          rows.some((row) => row.t.includes(token)),
          false,
          'the token is stored hashed only',
        );

        const page = await fetch(link[0]);
        assert.equal(page.status, 200);
        const csp = page.headers.get('content-security-policy');
        assert.match(csp, /default-src 'none'/);
        assert.doesNotMatch(csp, /unsafe-inline/);
        const html = await page.text();
        assert.doesNotMatch(html, /<script/i, 'no script');
        assert.doesNotMatch(html, /\sstyle=|<style/i, 'no inline style');
        assert.match(html, /<form method="post" action="confirm">/);
        const css = await fetch(`${r.url}/receiver.css`);
        assert.equal(css.status, 200, "the page's stylesheet comes from the receiver itself (style-src 'self')");
        let exported = (await exportRows(r.url)).find((row) => row.submission_id === yes.id);
        assert.equal(exported.consent_confirmed_at, '', 'opening the link (GET, as a mail scanner does) confirms nothing');

        const confirm = await fetch(`${r.url}/confirm`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `t=${token}`,
        });
        assert.equal(confirm.status, 200);
        assert.match(await confirm.text(), /Thank you/);
        exported = (await exportRows(r.url)).find((row) => row.submission_id === yes.id);
        assert.match(exported.consent_confirmed_at, /^\d{4}-\d\d-\d\dT/);
        assert.equal((await exportRows(r.url)).find((row) => row.submission_id === no.id).consent_confirmed_at, '');
        const again = await fetch(`${r.url}/confirm`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `t=${token}` });
        assert.equal(again.status, 404, 'a token works once');
        assert.equal((await fetch(link[0])).status, 404);
      } finally {
        await close();
      }
    });
  });
}
