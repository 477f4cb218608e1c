// A throwaway WordPress from Debian's packages (wordpress, wordpress-l10n, mariadb-server, php-mysql): its own
// MariaDB (datadir and socket in a temp folder, no network), a temp copy of /usr/share/wordpress with its own
// wp-config.php (the system's /etc/wordpress and /var/lib/wordpress stay untouched), PHP's built-in server on a
// free port, German site language, Twenty Twenty-Three, the plugin zip installed as „Plugin hochladen“ does
// (Plugin_Upgrader with a direct WP_Filesystem) and activated, and the users Administrator, Editor and Author. PHP's server rather than Apache: no config under /etc, no modules to load,
// no root needed, starts in milliseconds; the plugin does not rely on rewrites (plain permalinks).
// Avatars are off (no gravatar.com). Debian's wordpress-l10n has no JSON translations: the block editor's own
// words stay English, WordPress's PHP pages are German.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../e2e/lib/server.mjs';
import { killGroup, startMariaDb, startPhpServer, stopProcess, stopwatch } from './servers.mjs';

export const WORDPRESS_SOURCE = '/usr/share/wordpress';
export const PLUGIN_FILE = 'asskomm-widgets/asskomm-widgets.php';
/** Login names are the roles' names; every user has the same throwaway password. */
export const PASSWORD = `test-${randomBytes(6).toString('hex')}`;
export const USERS = { administrator: 'Administrator', editor: 'Editor', author: 'Author' };

/**
 * Starts MariaDB and PHP's server, installs WordPress and the plugin from `pluginZip` (a path).
 * Returns `{ origin, site, php(code), stop() }`; on any failure everything started so far is stopped.
 */
export async function startWordPress({ pluginZip, log = (line) => console.log(`# ${line}`) }) {
  requirePackages();
  const root = mkdtempSync(join(tmpdir(), 'asskomm-wp-'));
  const started = [];
  const timer = stopwatch(log);
  // The servers run in process groups of their own: if this process ends without stop() (a signal, a
  // crash), they are killed here rather than left running.
  const killNow = () => {
    for (const child of started) killGroup(child, 'SIGKILL');
    rmSync(root, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    killNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killNow);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stopAll = async () => {
    for (const child of [...started].reverse()) await stopProcess(child);
    rmSync(root, { recursive: true, force: true });
    process.off('exit', killNow);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  try {
    const socket = join(root, 'mysqld.sock');
    started.push(await startMariaDb(root, socket));
    timer('MariaDB läuft');

    const site = join(root, 'site');
    // Debian links bundled JavaScript libraries relatively (../../../javascript/…): the copy points them at their absolute targets.
    cpSync(WORDPRESS_SOURCE, site, { recursive: true, verbatimSymlinks: false });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ socket, origin, debugLog: join(root, 'debug.log') }));
    mkdirSync(join(site, 'wp-content', 'mu-plugins'), { recursive: true });
    writeFileSync(join(site, 'wp-content', 'mu-plugins', 'asskomm-test-login-noise.php'), LOGIN_NOISE);
    timer('WordPress kopiert');

    const php = (code, env) => runPhp(site, code, { env });
    runPhp(site, INSTALL, { installing: true });
    timer('WordPress installiert, Benutzer angelegt');
    const installed = php(INSTALL_PLUGIN, { ASSKOMM_PLUGIN_ZIP: pluginZip });
    if (installed.trim() !== PLUGIN_FILE) throw new Error(`Plugin_Upgrader hat „${installed.trim()}“ installiert, erwartet ${PLUGIN_FILE}`);
    timer('Plugin über Plugin_Upgrader installiert und aktiviert');

    started.push(await startPhpServer(site, port, join(root, 'php-server.log')));
    timer(`PHP-Server läuft auf ${origin}`);
    return {
      origin,
      site,
      php,
      /** WordPress's PHP notices and warnings (WP_DEBUG_LOG) so far. */
      debugLog: () => (existsSync(join(root, 'debug.log')) ? readFileSync(join(root, 'debug.log'), 'utf8') : ''),
      stop: async () => {
        timer.restart();
        await stopAll();
        timer('WordPress und MariaDB beendet, aufgeräumt');
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Says which apt package is missing, instead of failing somewhere inside the install. */
function requirePackages() {
  const needed = {
    [`${WORDPRESS_SOURCE}/wp-settings.php`]: 'wordpress',
    [`${WORDPRESS_SOURCE}/wp-content/languages/de_DE.mo`]: 'wordpress-l10n',
    [`${WORDPRESS_SOURCE}/wp-content/themes/twentytwentythree/theme.json`]: 'wordpress-theme-twentytwentythree',
    '/usr/sbin/mariadbd': 'mariadb-server',
    '/usr/bin/mariadb-install-db': 'mariadb-server',
    '/usr/bin/php': 'php-cli',
  };
  const missing = Object.entries(needed).filter(([file]) => !existsSync(file));
  if (missing.length) {
    throw new Error(`Für den WordPress-Test fehlt: ${missing.map(([file, name]) => `${file} (apt-get install ${name})`).join(', ')}`);
  }
  const mysqli = spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']);
  if (mysqli.status !== 0) throw new Error('PHP ohne mysqli: apt-get install php-mysql');
}

/** Runs PHP code with WordPress loaded (as no user); throws with PHP's output when it fails. */
function runPhp(site, code, { installing = false, env = {} } = {}) {
  // wp-load.php sends a site that is not installed yet to install.php unless WP_INSTALLING is set first.
  const prelude = installing ? "define('WP_INSTALLING', true);\n" : '';
  const script = `<?php\n${prelude}$_SERVER['HTTP_HOST'] = 'localhost';\nrequire __DIR__ . '/wp-load.php';\n${code}\n`;
  const file = join(site, `run-${randomBytes(4).toString('hex')}.php`);
  writeFileSync(file, script);
  try {
    const result = spawnSync('php', [file], {
      cwd: site,
      encoding: 'utf8',
      timeout: 60000,
      env: { ...process.env, ...env, ASSKOMM_WP_PASSWORD: PASSWORD },
    });
    if (result.status !== 0) {
      // WordPress answers a fatal error with its HTML error page; the reason is in the debug log.
      const reason = readLog(join(site, '..', 'debug.log')) || result.stdout;
      throw new Error(`PHP fehlgeschlagen (${result.status}):\n${reason}\n${result.stderr}`);
    }
    return result.stdout;
  } finally {
    rmSync(file, { force: true });
  }
}

const INSTALL = `
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$password = getenv('ASSKOMM_WP_PASSWORD');
wp_install('ASSKomm-Test', 'Administrator', 'administrator@example.org', false, '', $password, 'de_DE');
if (get_option('WPLANG') !== 'de_DE') { fwrite(STDERR, 'Sprache nicht de_DE'); exit(1); }
switch_theme('twentytwentythree');
if (get_stylesheet() !== 'twentytwentythree') { fwrite(STDERR, 'Theme fehlt'); exit(1); }
// Einstellungen → Diskussion → „Avatare anzeigen“ off, as on a site that keeps visitors off gravatar.com:
// otherwise WordPress's admin bar fetches the logged-in user's picture from there.
update_option('show_avatars', 0);
foreach (['Editor' => 'editor', 'Author' => 'author'] as $login => $role) {
  $id = wp_insert_user(['user_login' => $login, 'user_pass' => $password, 'user_email' => strtolower($login) . '@example.org', 'role' => $role, 'locale' => 'de_DE']);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
}
`;

// As Plugins → Installieren → „Plugin hochladen“ does with the zip (wp-admin/update.php?action=upload-plugin),
// without the form: the upgrader unpacks it, checks its header (Requires PHP / at least) and moves it into
// place. Prints the plugin's main file as WordPress found it.
const INSTALL_PLUGIN = `
// What wp-admin/update.php loads before it installs an upload.
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user(1);
if (!WP_Filesystem() || 'direct' !== $GLOBALS['wp_filesystem']->method) { fwrite(STDERR, 'kein direktes WP_Filesystem'); exit(1); }
$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
$result = $upgrader->install(getenv('ASSKOMM_PLUGIN_ZIP'));
if (true !== $result) {
  fwrite(STDERR, (is_wp_error($result) ? $result->get_error_message() : var_export($result, true)) . "\n" . implode("\n", $upgrader->skin->get_upgrade_messages()));
  exit(1);
}
$activated = activate_plugin($upgrader->plugin_info());
if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message()); exit(1); }
echo $upgrader->plugin_info();
`;

// Test site only: wp-login.php calls wp_signon() without credentials on every GET, and WordPress 6.1 hands
// null to sanitize_user() and trim() there (deprecated since PHP 8.1). Exactly those calls stay out of the
// debug log (the test fails on any entry), and only when no plugin file is on the call stack.
const LOGIN_NOISE = `<?php
set_error_handler(function ($level, $message) {
  if (E_DEPRECATED !== $level || !str_contains($message, 'Passing null to parameter')) return false;
  $trace = debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
  $fromPlugin = array_filter($trace, fn ($frame) => str_contains($frame['file'] ?? '', '/wp-content/plugins/'));
  return in_array('wp_signon', array_column($trace, 'function'), true) && !$fromPlugin;
});
`;

const readLog = (file) => (existsSync(file) ? readFileSync(file, 'utf8').slice(-3000) : '');

function wpConfig({ socket, origin, debugLog }) {
  const salt = () => randomBytes(24).toString('hex');
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  return `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((key) => `define('${key}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
// Nothing leaves the machine (updates, wordpress.org), and no cron loopback requests to the test server.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
// The upgrader writes plugin files itself, as on a server where PHP owns wp-content.
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${debugLog}');
define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}
