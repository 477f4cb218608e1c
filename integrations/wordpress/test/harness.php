<?php
/**
 * Runs functions of the plugin outside WordPress, for test/node/wordpress-plugin.test.mjs: the few
 * WordPress functions the plugin calls are stubbed here (escaping as WordPress does it for plain
 * text). Reads on stdin as JSON:
 * `{ "options": {…}, "can": bool, "trusted": bool, "doing": ["filter", …], "feed": bool, "sites": [id, …] | null,
 *    "ini": {…}, "calls": [["function", arg, …], …] }`
 * (`can`: the current user's capabilities; `trusted`: the post's author has `unfiltered_html`; `post`: false
 * outside a post (widget areas, templates); `doing`:
 * the filters running; `feed`: an RSS request; `sites`: a multisite's sites) and prints one
 * `{ "result": …, "enqueued": [...], "errors": [...] }` per call. `asskomm_test_hooks` returns the
 * hooks the plugin added, `asskomm_test_uninstall` runs uninstall.php and returns the deleted options.
 *
 * Usage: php harness.php <plugin folder> < calls.json
 *
 * @package asskomm-widgets
 */

define( 'ABSPATH', __DIR__ . '/' );

$asskomm_test = array(
	'options'  => array(),
	'can'      => false,
	'trusted'  => false,
	'post'     => true,
	'doing'    => array(),
	'feed'     => false,
	'sites'    => null,
	'blog'     => 1,
	'hooks'    => array(),
	'deleted'  => array(),
	'enqueued' => array(),
	'errors'   => array(),
);

// phpcs:disable -- stubs of WordPress functions, one line each.
function add_action( $hook, $callback, $priority = 10, $args = 1 ) { $GLOBALS['asskomm_test']['hooks'][] = array( $hook, is_string( $callback ) ? $callback : 'closure', $priority ); }
function add_filter( $hook, $callback, $priority = 10, $args = 1 ) { add_action( $hook, $callback, $priority, $args ); }
function add_shortcode( ...$args ) {}
function doing_filter( $hook ) { return in_array( $hook, $GLOBALS['asskomm_test']['doing'], true ); }
function is_feed() { return $GLOBALS['asskomm_test']['feed']; }
function plugin_dir_path( $file ) { return dirname( $file ) . '/'; }
function plugin_basename( $file ) { return basename( dirname( $file ) ) . '/' . basename( $file ); }
function plugins_url( $path, $file ) { return 'https://example.org/wp-content/plugins/asskomm-widgets/' . $path; }
function home_url() { return 'https://example.org'; }
function site_url() { return 'https://example.org'; }
function wp_parse_url( $url, $component = -1 ) { return parse_url( $url, $component ); }
function get_permalink() { return 'https://example.org/2026/11/karte/'; }
function get_option( $name, $default = false ) { return $GLOBALS['asskomm_test']['options'][ $name ] ?? $default; }
function delete_option( $name ) { $GLOBALS['asskomm_test']['deleted'][] = $GLOBALS['asskomm_test']['blog'] . ':' . $name; return true; }
function is_multisite() { return null !== $GLOBALS['asskomm_test']['sites']; }
function get_sites( $args ) { return $GLOBALS['asskomm_test']['sites']; }
function switch_to_blog( $id ) { $GLOBALS['asskomm_test']['blog'] = $id; }
function restore_current_blog() { $GLOBALS['asskomm_test']['blog'] = 1; }
function current_user_can( ...$args ) { return $GLOBALS['asskomm_test']['can']; }
function user_can( $user, $capability ) { return 7 === $user && 'unfiltered_html' === $capability && $GLOBALS['asskomm_test']['trusted']; }
function get_post() { return $GLOBALS['asskomm_test']['post'] ? (object) array( 'ID' => 1, 'post_author' => '7' ) : null; }
function get_the_ID() { return 1; }
function __( $text, $domain = null ) { return $text; }
function esc_html__( $text, $domain = null ) { return esc_html( $text ); }
function esc_html( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function esc_attr( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function wp_allowed_protocols() { return array( 'http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'irc6', 'ircs', 'gopher', 'nntp', 'feed', 'telnet', 'mms', 'rtsp', 'sms', 'svn', 'tel', 'fax', 'xmpp', 'webcal', 'urn' ); }
// As WordPress: a scheme outside the allowed protocols gives '', a bare word gets http:// (esc_url('feed.json') is http://feed.json).
function asskomm_test_clean_url( $url, $protocols ) {
	$url = trim( (string) $url );
	if ( '' === $url ) { return ''; }
	if ( preg_match( '/^([a-z][a-z0-9+.-]*):/i', $url, $scheme ) ) { return in_array( strtolower( $scheme[1] ), $protocols ?? wp_allowed_protocols(), true ) ? $url : ''; }
	return false === strpos( $url, ':' ) && ! in_array( $url[0], array( '/', '#', '?' ), true ) && ! preg_match( '/^[a-z0-9-]+?\.php/i', $url ) ? 'http://' . $url : $url;
}
function esc_url( $url, $protocols = null ) { return esc_attr( asskomm_test_clean_url( $url, $protocols ) ); }
function esc_url_raw( $url, $protocols = null ) { return asskomm_test_clean_url( $url, $protocols ); }
function wp_kses_post( $text ) { return strip_tags( (string) $text, '<a><b><strong><em><br><p>' ); }
function wp_enqueue_script( $handle ) { $GLOBALS['asskomm_test']['enqueued'][ $handle ] = true; }
function add_settings_error( $setting, $code, $message ) { $GLOBALS['asskomm_test']['errors'][] = $message; }
// WordPress brings its own mb_substr when PHP lacks mbstring.
if ( ! function_exists( 'mb_substr' ) ) {
	function mb_substr( $text, $start, $length = null ) { return implode( '', array_slice( preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY ), $start, $length ) ); }
}
function asskomm_test_hooks() { return $GLOBALS['asskomm_test']['hooks']; }
function asskomm_test_uninstall() {
	define( 'WP_UNINSTALL_PLUGIN', 'asskomm-widgets/asskomm-widgets.php' );
	require $GLOBALS['argv'][1] . '/uninstall.php';
	return $GLOBALS['asskomm_test']['deleted'];
}
// phpcs:enable

require $argv[1] . '/asskomm-widgets.php';

$input = json_decode( (string) file_get_contents( 'php://stdin' ), true );
foreach ( array( 'options', 'can', 'trusted', 'post', 'doing', 'feed', 'sites' ) as $asskomm_key ) {
	if ( array_key_exists( $asskomm_key, $input ) ) {
		$asskomm_test[ $asskomm_key ] = $input[ $asskomm_key ];
	}
}
foreach ( $input['ini'] ?? array() as $asskomm_setting => $asskomm_value ) {
	ini_set( $asskomm_setting, (string) $asskomm_value );
}
$results                  = array();
foreach ( $input['calls'] as $call ) {
	$asskomm_test['enqueued'] = array();
	$asskomm_test['errors']   = array();
	$function                 = array_shift( $call );
	$result                   = $function( ...$call );
	$results[]                = array(
		'result'   => $result,
		'enqueued' => array_keys( $asskomm_test['enqueued'] ),
		'errors'   => $asskomm_test['errors'],
	);
}
echo json_encode( $results, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
