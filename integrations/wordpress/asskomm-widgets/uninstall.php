<?php
/**
 * Removes the plugin's only stored data, the feed address, when the plugin is deleted: on a
 * multisite from every site of the network.
 *
 * @package asskomm-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $asskomm_widgets_site ) {
		switch_to_blog( (int) $asskomm_widgets_site );
		delete_option( 'asskomm_widgets_feed_url' );
		restore_current_blog();
	}
} else {
	delete_option( 'asskomm_widgets_feed_url' );
}
