/*
 * The NGO's own tools, run on the NGO's computer (never on the server):
 *   npm run --prefix receiver keygen [-- --out FILE]     make the key pair; prints the public key for the server
 *   npm run --silent --prefix receiver decrypt -- --key FILE [--out signatures.csv] [EXPORT.csv]
 *                                                        open the sealed details of an export (file or stdin) into
 *                                                        a file only you can read (--out), or to stdout
 *   npm run --prefix receiver token                      print a random secret (RECEIVER_TOKEN, RECEIVER_EMAIL_HASH_KEY)
 * Relative paths are taken from the folder npm was started in.
 */
import { chmodSync, closeSync, existsSync, fchmodSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { csvRow, parseCsv } from './csv.js';
import { FIELD_NAMES } from './signature.js';
import { fromBase64, loadSodium, toBase64, unseal } from './seal.js';

const cwd = process.env.INIT_CWD ?? process.cwd();
const [command, ...args] = process.argv.slice(2);

function option(name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

interface KeyFile {
  kind: string;
  public_key: string;
  secret_key: string;
  created: string;
}

async function keygen(): Promise<void> {
  const out = resolve(cwd, option('--out') ?? 'petition-secret-key.json');
  if (existsSync(out)) fail(`${out} already exists: keygen never overwrites a key (signatures sealed to it could not be read any more).`);
  const sodium = await loadSodium();
  const pair = sodium.crypto_box_keypair();
  const file: KeyFile = {
    kind: 'campaign-widgets receiver key pair (X25519, libsodium sealed boxes): keep secret, keep a backup',
    public_key: toBase64(pair.publicKey),
    secret_key: toBase64(pair.privateKey),
    created: new Date().toISOString(),
  };
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(out, 0o600);
  console.log(`Secret key written to ${out}
Keep this file on this computer (and a backup somewhere safe, e.g. an encrypted USB stick): without it nobody,
not even you, can read the signers' details. Never copy it to the server.

Public key, for the receiver's configuration (RECEIVER_PUBLIC_KEY or "publicKey" in receiver.config.json):

    ${file.public_key}
`);
}

async function decrypt(): Promise<void> {
  const keyPath = option('--key') ?? fail('Give the key file: decrypt --key petition-secret-key.json [--out signatures.csv] [export.csv]');
  const outPath = option('--out');
  let key: KeyFile;
  try {
    key = JSON.parse(readFileSync(resolve(cwd, keyPath), 'utf8'));
  } catch (error) {
    fail(`Cannot read the key file ${keyPath}: ${(error as Error).message}`);
  }
  await loadSodium();
  const publicKey = fromBase64(key.public_key);
  const secretKey = fromBase64(key.secret_key);
  const input = args[0] ? readFileSync(resolve(cwd, args[0]), 'utf8') : readFileSync(0, 'utf8');
  const [header, ...rows] = parseCsv(input);
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const sealedAt = column('sealed');
  if (!header || sealedAt === -1) fail('This is not a receiver export (no "sealed" column).');
  const kept = header.filter((name) => name !== 'sealed');
  const out = [...kept.map((name) => (name === 'country' ? 'country_counted' : name)), ...FIELD_NAMES, 'tags', 'source_code', 'format'];
  // The signers' details in clear: a file only this computer's user can read (a shell redirect makes it readable by
  // every user of the computer).
  const fd = outPath ? openSync(resolve(cwd, outPath), 'w', 0o600) : 1;
  if (outPath) fchmodSync(fd, 0o600);
  const write = (text: string) => writeSync(fd, text);
  write(csvRow(out));
  let failed = 0;
  for (const row of rows) {
    if (row.length === 1 && row[0] === '') continue;
    let details: { signer?: Record<string, string>; tags?: string[]; source_code?: string; format?: string } = {};
    try {
      // Export cells that began with a formula character carry a leading apostrophe (base64 may begin with +).
      details = unseal(row[sealedAt]!.replace(/^'/, ''), publicKey, secretKey) as typeof details;
    } catch {
      failed++;
    }
    const cells = kept.map((name) => row[column(name)] ?? '');
    write(
      csvRow([
        ...cells,
        ...FIELD_NAMES.map((name) => details.signer?.[name] ?? ''),
        (details.tags ?? []).join(','),
        details.source_code ?? '',
        details.format ?? '',
      ]),
    );
  }
  if (outPath) {
    closeSync(fd);
    console.error(
      `${rows.filter((row) => !(row.length === 1 && row[0] === '')).length} signature(s) written to ${resolve(cwd, outPath)} (readable by you only)`,
    );
  }
  if (failed) {
    console.error(`${failed} row(s) could not be opened with this key (sealed to another key, or damaged): their details are empty.`);
    process.exitCode = 2;
  }
}

switch (command) {
  case 'keygen':
    await keygen();
    break;
  case 'decrypt':
    await decrypt();
    break;
  case 'token':
    console.log(randomBytes(32).toString('base64url'));
    break;
  default:
    fail('Usage: tools.js keygen [--out FILE] | decrypt --key FILE [EXPORT.csv] | token');
}
