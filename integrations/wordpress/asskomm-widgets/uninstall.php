<?php
/**
 * Removes the plugin's only stored data, the feed address, when the plugin is deleted.
 *
 * @package asskomm-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'asskomm_widgets_feed_url' );
