<?php
/**
 * Plugin Name: WP Consent API (stand-in for Consentry's tests)
 * Description: A minimal stand-in of the WP Consent API plugin, written from its documented contract (Consentry's docs/integrations.md, WordPress), not from its code, which is not copied here. test/e2e/platforms-wordpress-real.test.mjs runs it on a real WordPress next to Consentry's plugin.
 * Version: 0.0.0
 *
 * PHP side: wp_get_consent_type() (the `wp_get_consent_type` filter, false when no consent tool
 * sets it), wp_has_consent() (the type and the `wp_consent_<category>` cookie), and
 * consent_api_registered() (the `wp_consent_api_registered_<plugin>` filter). Browser side: the
 * script of demo/wordpress/wp-consent-api.js (copied next to this file by the test), printed in
 * the footer after everything else, with `consent_api` from PHP, as the API prints its own.
 * It also prints what PHP concluded, in `<script type="application/json" id="wp-consent-php">`, for
 * the test to read.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function wp_get_consent_type() {
	return apply_filters( 'wp_get_consent_type', false );
}

function wp_has_consent( $category ) {
	$type   = wp_get_consent_type();
	$name   = 'wp_consent_' . $category;
	$cookie = isset( $_COOKIE[ $name ] ) ? sanitize_text_field( wp_unslash( $_COOKIE[ $name ] ) ) : '';
	if ( ! $type ) {
		return true;
	}
	if ( false !== strpos( $type, 'optout' ) && '' === $cookie ) {
		return true;
	}
	return 'allow' === $cookie;
}

function consent_api_registered( $plugin ) {
	return (bool) apply_filters( "wp_consent_api_registered_{$plugin}", false );
}

add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_script( 'wp-consent-api', plugins_url( 'wp-consent-api.js', __FILE__ ), array(), '0', true );
		wp_localize_script(
			'wp-consent-api',
			'consent_api',
			array(
				'consent_type'         => wp_get_consent_type(),
				'waitfor_consent_hook' => apply_filters( 'wp_consent_api_waitfor_consent_hook', false ),
				'cookie_expiration'    => 30,
				'cookie_prefix'        => 'wp_consent',
			)
		);
	},
	PHP_INT_MAX
);

add_action(
	'wp_footer',
	function () {
		$categories = array( 'functional', 'preferences', 'statistics', 'statistics-anonymous', 'marketing' );
		$php        = array(
			'type'       => wp_get_consent_type(),
			'waitfor'    => (bool) apply_filters( 'wp_consent_api_waitfor_consent_hook', false ),
			'registered' => consent_api_registered( 'consentry/consentry.php' ),
			'has'        => array_combine( $categories, array_map( 'wp_has_consent', $categories ) ),
		);
		echo '<script type="application/json" id="wp-consent-php">' . wp_json_encode( $php, JSON_HEX_TAG ) . '</script>';
	}
);
