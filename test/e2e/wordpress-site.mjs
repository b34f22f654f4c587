// A real WordPress for test/e2e/platforms-wordpress-real.test.mjs, started by the test and thrown
// away after it: Debian's packages (`wordpress`, `wordpress-theme-twentytwentythree`, `php-cli`,
// `php-mysql`, `mariadb-server`; .ci/run installs them), no system service and no system file
// touched. In a temporary folder:
// - a MariaDB (mariadb-install-db, then mariadbd on a socket in that folder, no network);
// - a site folder that links to Debian's WordPress files (/usr/share/wordpress), with its own
//   wp-config.php and wp-content/ (the theme, the plugins under test). Debian's own wp-config.php
//   looks for /etc/wordpress/config-<host>.php; `php -d auto_prepend_file` defines ABSPATH as the
//   site folder first, so WordPress's wp-load.php reads this folder's wp-config.php instead;
// - `php -S` on a free loopback port serving that folder.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// Not the synchronous kind: the test starts Chromium meanwhile.
const run = promisify(execFile);

const WORDPRESS = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
const THEME = 'twentytwentythree';
const BINARIES = { php: 'php-cli', 'mariadb-install-db': 'mariadb-server', mariadbd: 'mariadb-server' };

/** The path of `name` on PATH (and /usr/sbin, where Debian puts mariadbd), or undefined. */
function which(name) {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin']) if (dir && existsSync(join(dir, name))) return join(dir, name);
}

/** Sends `sig` to the process group `child` leads (each server is started as one), else to it alone. */
function signal(child, sig) {
  try {
    process.kill(-child.pid, sig);
  } catch {
    child.kill(sig); // no such group left
  }
}

/** What is missing for a real WordPress on this machine, each with the Debian package that brings it (empty when nothing is). */
export function missing() {
  const lacking = Object.entries(BINARIES)
    .filter(([bin]) => !which(bin))
    .map(([bin, pkg]) => `${bin} (Debian package ${pkg})`);
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) lacking.push(`WordPress at ${WORDPRESS} (Debian package wordpress)`);
  if (!existsSync(join(WORDPRESS, 'wp-content/themes', THEME))) lacking.push(`the theme ${THEME} (Debian package wordpress-theme-${THEME})`);
  if (which('php')) {
    const modules = execFileSync(which('php'), ['-m']).toString();
    if (!/^mysqli$/m.test(modules)) lacking.push("PHP's mysqli (Debian package php-mysql)");
  }
  return lacking;
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

/** Resolves once `read()` is true, checking every 100 ms; rejects with `what` after `timeout` ms. */
async function until(read, what, timeout) {
  const end = Date.now() + timeout;
  while (!read()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/**
 * Starts MariaDB and WordPress, installs WordPress (admin `admin` / `ADMIN_PASSWORD`, a subscriber
 * `reader` / `READER_PASSWORD`) and activates `plugins`: { folder name: source folder }, each
 * copied into wp-content/plugins/ (a file list may follow: { from, files: { name: source } }).
 * Returns { origin, debugLog(), stop() }; `stop()` ends both servers and removes the folder, and
 * is safe to call after a failed start (it is also what a failed start calls).
 */
export async function startWordPress({ plugins = {} } = {}) {
  const lacking = missing();
  if (lacking.length) throw new Error(`a real WordPress needs ${lacking.join(', ')}: install them (.ci/run does)`);
  const dir = mkdtempSync(join(tmpdir(), 'consentry-wp-'));
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      const running = child.exitCode === null && child.signalCode === null;
      const gone = new Promise((ok) => (running ? child.once('exit', ok) : ok()));
      // php -S with workers is a group of processes (its workers outlive a leader that stopped on
      // its own): the signal goes to the whole group.
      signal(child, 'SIGTERM');
      await Promise.race([gone, new Promise((ok) => setTimeout(ok, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) signal(child, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const socket = join(dir, 'mysql.sock');
    const data = join(dir, 'db');
    const root = process.getuid?.() === 0;
    // mariadbd refuses to run as root unless told to; as another user it runs as that user.
    const asUser = root ? ['--user=root'] : [];
    const small = ['--innodb-buffer-pool-size=16M', '--innodb-log-file-size=4M', '--skip-name-resolve'];
    await run(which('mariadb-install-db'), [
      '--no-defaults',
      `--datadir=${data}`,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
      ...asUser,
      ...small,
    ]);

    writeFileSync(
      join(dir, 'init.sql'),
      "CREATE DATABASE IF NOT EXISTS wordpress;\nCREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp';\nGRANT ALL ON wordpress.* TO 'wp'@'localhost';\n",
    );
    const errLog = join(dir, 'mariadb.log');
    const db = spawn(
      which('mariadbd'),
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        '--skip-log-bin',
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        `--log-error=${errLog}`,
        `--init-file=${join(dir, 'init.sql')}`,
        ...asUser,
        ...small,
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(db);
    await until(
      () => {
        if (db.exitCode !== null) throw new Error(`mariadbd stopped: ${existsSync(errLog) ? readFileSync(errLog, 'utf8').slice(-2000) : ''}`);
        return existsSync(errLog) && readFileSync(errLog, 'utf8').includes('ready for connections');
      },
      'MariaDB',
      60_000,
    );

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const site = join(dir, 'site');
    mkdirSync(join(site, 'wp-content/themes'), { recursive: true });
    mkdirSync(join(site, 'wp-content/plugins'));
    mkdirSync(join(site, 'wp-content/uploads'));
    for (const name of readdirSync(WORDPRESS)) if (name !== 'wp-config.php' && name !== 'wp-content') symlinkSync(join(WORDPRESS, name), join(site, name));
    symlinkSync(join(WORDPRESS, 'wp-content/themes', THEME), join(site, 'wp-content/themes', THEME));
    for (const [name, from] of Object.entries(plugins)) {
      const to = join(site, 'wp-content/plugins', name);
      for (const [target, source] of Object.entries(typeof from === 'string' ? { '': from } : from)) cpSync(source, join(to, target), { recursive: true });
    }
    const prepend = join(dir, 'prepend.php');
    writeFileSync(prepend, `<?php define( 'ABSPATH', ${JSON.stringify(site + '/')} );\n`);
    const debugLog = join(dir, 'debug.log');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    const define = (name, value) => `define( '${name}', ${JSON.stringify(value)} );\n`;
    writeFileSync(
      join(site, 'wp-config.php'),
      '<?php\n' +
        define('DB_NAME', 'wordpress') +
        define('DB_USER', 'wp') +
        define('DB_PASSWORD', 'wp') +
        define('DB_HOST', `localhost:${socket}`) +
        define('DB_CHARSET', 'utf8mb4') +
        define('DB_COLLATE', '') +
        "$table_prefix = 'wp_';\n" +
        define('WP_HOME', origin) +
        define('WP_SITEURL', origin) +
        define('WP_CONTENT_DIR', site + '/wp-content') +
        define('WP_CONTENT_URL', origin + '/wp-content') +
        // No cron requests to itself, no calls to wordpress.org (updates, news): the test is offline.
        "define( 'DISABLE_WP_CRON', true );\ndefine( 'WP_HTTP_BLOCK_EXTERNAL', true );\ndefine( 'AUTOMATIC_UPDATER_DISABLED', true );\n" +
        // Notices go to a log the test reads: the plugin under test must cause none.
        `define( 'WP_DEBUG', true );\n${define('WP_DEBUG_LOG', debugLog)}define( 'WP_DEBUG_DISPLAY', false );\n` +
        keys.map((k) => define(k, `consentry-test-${k}-${port}`)).join('') +
        "require_once ABSPATH . 'wp-settings.php';\n",
    );
    const php = which('php');
    const phpArgs = ['-d', `auto_prepend_file=${prepend}`, '-d', 'opcache.enable_cli=1', '-d', 'display_errors=stderr'];
    const setup = join(dir, 'setup.php');
    writeFileSync(
      setup,
      `<?php
define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
// No mail from the installer (the machine has no mail transport).
function wp_mail() { return true; }
require ABSPATH . 'wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Consentry on WordPress', 'admin', 'admin@example.com', false, '', ${JSON.stringify(ADMIN_PASSWORD)} );
wp_insert_user( array( 'user_login' => 'reader', 'user_pass' => ${JSON.stringify(READER_PASSWORD)}, 'user_email' => 'reader@example.com', 'role' => 'subscriber' ) );
require_once ABSPATH . 'wp-admin/includes/plugin.php';
foreach ( ${JSON.stringify(Object.keys(plugins))} as $folder ) {
	$result = activate_plugin( $folder . '/' . $folder . '.php' );
	if ( is_wp_error( $result ) ) { fwrite( STDERR, $result->get_error_message() ); exit( 1 ); }
}
`,
    );
    await run(php, [...phpArgs, setup]);
    const server = spawn(php, [...phpArgs, '-S', `127.0.0.1:${port}`, '-t', site], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2' },
    });
    children.push(server);
    const answers = async () => {
      try {
        return (await fetch(origin + '/wp-login.php')).ok;
      } catch {
        return false;
      }
    };
    const end = Date.now() + 30_000;
    while (!(await answers())) {
      if (server.exitCode !== null) throw new Error('php -S stopped');
      if (Date.now() > end) throw new Error('timed out waiting for php -S');
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return { origin, debugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

export const ADMIN_PASSWORD = 'admin-test-password';
export const READER_PASSWORD = 'reader-test-password';
