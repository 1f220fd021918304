// Shared by the receiver's tests: real databases (a PGlite data folder, a throwaway PostgreSQL 15 server), key
// pairs, and small HTTP helpers. Nothing is mocked: requests are real HTTP to a real receiver.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sodium from 'libsodium-wrappers';
import { SMTPServer } from 'smtp-server';

export const receiverDir = fileURLToPath(new URL('..', import.meta.url));
export const lib = await import('../dist/index.js');

await sodium.ready;

/** A fresh NGO key pair (base64), as `keygen` makes. */
export function keyPair() {
  const pair = sodium.crypto_box_keypair();
  return {
    publicKey: sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL),
    secretKey: sodium.to_base64(pair.privateKey, sodium.base64_variants.ORIGINAL),
  };
}

export const KEYS = keyPair();
export const TOKEN = 'test-token-0123456789abcdefghij';
export const ORIGIN = 'https://partner.example';

/** Opens a sealed export cell with the test key pair. */
export function unsealWith(keys, box) {
  return lib.unseal(box.replace(/^'/, ''), Buffer.from(keys.publicKey, 'base64'), Buffer.from(keys.secretKey, 'base64'));
}

export const uuid = () => crypto.randomUUID();

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const temporary = [];
export function tempDir(prefix = 'cw-receiver-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/**
 * A PGlite data folder with an empty database. PGlite's first start runs initdb (several seconds), so a template is
 * made once per PGlite version (kept in the temp folder between runs) and copied for each test.
 */
export async function embeddedDataDir() {
  const version = JSON.parse(readFileSync(join(receiverDir, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
  const template = join(tmpdir(), `cw-receiver-pglite-${version}-template`);
  if (!existsSync(join(template, 'PG_VERSION'))) {
    const building = mkdtempSync(join(tmpdir(), 'cw-receiver-template-'));
    const db = await lib.openEmbedded(building, { fsync: false });
    await db.close();
    try {
      renameSync(building, template);
    } catch {
      // Another test process made it first.
      rmSync(building, { recursive: true, force: true });
    }
  }
  const dir = join(tempDir(), 'data');
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** Where PostgreSQL's programs are (15 preferred), or null. */
function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')));
  const chosen = versions.includes('15') ? '15' : versions.sort((a, b) => Number(b) - Number(a))[0];
  return chosen ? join(root, chosen, 'bin') : null;
}

/**
 * Starts a throwaway PostgreSQL server in a temp folder (docs/toolchain.md, trap 12): as the `postgres` user when we are
 * root (PostgreSQL refuses to run as root), as ourselves otherwise. Returns null with a reason when it cannot.
 */
export async function startPostgres() {
  const bin = postgresBin();
  if (!bin)
    return { skip: 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); install it with `apt-get install postgresql` to run these tests' };
  const root = process.getuid?.() === 0;
  const dir = tempDir('cw-receiver-pg-');
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const as = (command, args) => (root ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args]);
  const run = (command, args) => {
    const [program, argv] = as(command, args);
    const result = spawnSync(program, argv, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  const port = await freePort();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const start = () =>
    run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
  start();
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let n = 0;
  const admin = new (await import('pg')).default.Pool({ connectionString: url(), max: 2 });
  admin.on('error', () => {});
  return {
    bin,
    data,
    url,
    /** A new empty database; returns its URL. */
    async database() {
      const name = `t${process.pid}_${++n}`;
      await admin.query(`CREATE DATABASE ${name}`);
      return url(name);
    },
    /** Stops the server as a crash would (immediate shutdown: no checkpoint, recovery on the next start). */
    crash: () => run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']),
    start,
    async stop() {
      await admin.end().catch(() => {});
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', 'stop']);
      } catch {
        // already stopped
      }
    },
  };
}

/** Makes sure a folder exists. */
export const ensureDir = (dir) => mkdirSync(dir, { recursive: true });

/** A signature body in one of the widget's formats (as its adapters write them). */
export function body(
  format,
  {
    id = uuid(),
    signer = { given_name: 'Ada', family_name: 'Lovelace', email: 'ada@example.org', country: 'GB' },
    consent = {},
    tags = ['anti-trafficking'],
    source_code,
    screening,
  } = {},
) {
  const record = { given: false, text: 'Keep me informed by email.', locale: 'en', time: '2026-12-05T10:00:00.000Z', ...consent };
  if (format === 'json')
    return ['application/json', JSON.stringify({ submission_id: id, signer, consent: record, tags, ...(source_code ? { source_code } : {}), screening })];
  if (format === 'form') {
    const params = new URLSearchParams({ submission_id: id, ...signer });
    params.set('consent', record.given ? 'yes' : 'no');
    params.set('consent_text', record.text);
    params.set('consent_locale', record.locale);
    params.set('consent_time', record.time);
    if (tags.length) params.set('tags', tags.join(','));
    if (source_code) params.set('source_code', source_code);
    // As the widget writes it (src/widgets/petition-form/adapters/form.ts).
    if (screening) {
      params.set('screening_fill_ms', String(screening.fill_ms));
      params.set('screening_honeypot', screening.honeypot === true ? 'yes' : screening.honeypot === false ? 'no' : String(screening.honeypot));
      params.set('screening_too_fast', screening.too_fast === true ? 'yes' : screening.too_fast === false ? 'no' : String(screening.too_fast));
    }
    return ['application/x-www-form-urlencoded;charset=UTF-8', params.toString()];
  }
  const { given_name, family_name, email, country, postal_code, phone } = signer;
  const person = { given_name, family_name };
  // The OSDI status is deliberately the opposite of the consent: the receiver must read consent.given only.
  if (email) person.email_addresses = [{ address: email, status: record.given ? 'unsubscribed' : 'subscribed' }];
  if (postal_code || country) person.postal_addresses = [{ postal_code, country }];
  if (phone) person.phone_numbers = [{ number: phone }];
  return [
    'application/json',
    JSON.stringify({
      person,
      add_tags: tags,
      action_date: record.time,
      referrer_data: source_code ? { source: source_code } : undefined,
      submission_id: id,
      consent: record,
      screening,
    }),
  ];
}

/** Sends a signature; returns {status, headers, json}. `key` false: no Idempotency-Key header. */
export async function sign(url, format, options = {}, { key, method = 'POST', headers = {} } = {}) {
  const id = options.id ?? uuid();
  const [type, data] = body(format, { ...options, id });
  const response = await fetch(`${url}/sign`, {
    method,
    headers: { 'content-type': type, accept: 'application/json', ...(key === false ? {} : { 'idempotency-key': key ?? id }), ...headers },
    body: data,
  });
  return { id, status: response.status, headers: response.headers, json: await response.json().catch(() => null) };
}

/** GET /export with the token; returns the parsed CSV as objects (header → cell). */
export async function exportRows(url, query = '') {
  const response = await fetch(`${url}/export${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  if (response.status !== 200) throw new Error(`export answered ${response.status}`);
  const [header, ...rows] = lib.parseCsv(await response.text());
  return rows.filter((row) => row.length > 1).map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/** Bytes of MIME-encoded text: quoted-printable (`q`, in headers `_` is a space) or base64 (`b`). */
function mimeBytes(encoding, data, header = false) {
  if (encoding === 'b') return Buffer.from(data, 'base64');
  const text = (header ? data.replace(/_/g, ' ') : data).replace(/=\r?\n/g, '');
  return Buffer.from(
    text.replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  );
}

/**
 * A raw mail as the recipient reads it: its subject (RFC 2047 words, adjacent ones joined before decoding, as a
 * character may be split between two) and its single text part, decoded from quoted-printable or base64 as UTF-8.
 */
export function readMail(raw) {
  const [head, ...parts] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'mi').exec(headers)?.[1] ?? '';
  const subject = header('Subject').replace(/(?:=\?utf-8\?([bq])\?([^?]*)\?=\s*)+/gi, (run) => {
    const words = [...run.matchAll(/=\?utf-8\?([bq])\?([^?]*)\?=/gi)];
    return Buffer.concat(words.map(([, encoding, data]) => mimeBytes(encoding.toLowerCase(), data, true))).toString('utf8');
  });
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const body = parts.join('\n\n');
  const text = encoding === 'base64' ? mimeBytes('b', body.replace(/\s+/g, '')) : encoding === 'quoted-printable' ? mimeBytes('q', body) : Buffer.from(body);
  return { subject: subject.trim(), text: text.toString('utf8').replace(/\r\n/g, '\n').trim() };
}

/** A real SMTP server on a free port that keeps every mail it is given: `{to: [addresses], raw}`. */
export async function mailRecorder() {
  const mails = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((a) => a.address), raw: Buffer.concat(chunks).toString('utf8') });
        done();
      });
    },
  });
  const smtpPort = await freePort();
  await new Promise((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  return { mails, smtpPort, close: () => new Promise((resolve) => smtp.close(resolve)) };
}

/**
 * The cells a spreadsheet makes of CSV text when told its separator is `separator` (`,`, or `;` as in many European
 * locales, or a tab): a cell that starts with a quote is kept whole up to the closing quote, `""` inside it is a quote,
 * and a line break ends a cell as the separator does. All cells of all rows, in order.
 */
export function spreadsheetCells(text, separator) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator || c === '\n' || c === '\r') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
