<?php
/**
 * Which addresses the server may connect to for a feed on another site. Only globally reachable
 * unicast addresses: never this machine, the hosting network, a cloud's metadata service or any
 * range that is not routed on the internet. Every A and AAAA record of a name is checked, and the
 * request is then pinned to a checked address (includes/http.php), so the name cannot be resolved
 * again to something else between the check and the connection (DNS rebinding).
 *
 * @package partnership-feed
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Ranges that are not globally reachable (IANA's special-purpose registries, RFC 6890 and its
 * updates), and the IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4,
 * Teredo): a connection to those could reach an internal IPv4 host.
 *
 * @return string[] CIDR blocks.
 */
function partnership_feed_refused_ranges() {
	return array(
		// IPv4.
		'0.0.0.0/8',          // "This" network.
		'10.0.0.0/8',         // Private.
		'100.64.0.0/10',      // Carrier-grade NAT (RFC 6598).
		'127.0.0.0/8',        // Loopback.
		'169.254.0.0/16',     // Link-local, cloud metadata services (169.254.169.254).
		'172.16.0.0/12',      // Private.
		'192.0.0.0/24',       // IETF protocol assignments.
		'192.0.2.0/24',       // Documentation.
		'192.31.196.0/24',    // AS112.
		'192.52.193.0/24',    // AMT.
		'192.88.99.0/24',     // 6to4 relay anycast.
		'192.168.0.0/16',     // Private.
		'192.175.48.0/24',    // AS112 direct delegation.
		'198.18.0.0/15',      // Benchmarking.
		'198.51.100.0/24',    // Documentation.
		'203.0.113.0/24',     // Documentation.
		'224.0.0.0/4',        // Multicast.
		'240.0.0.0/4',        // Reserved, and 255.255.255.255 broadcast.
		// IPv6.
		'::/96',              // Unspecified, loopback, IPv4-compatible.
		'::ffff:0:0/96',      // IPv4-mapped.
		'::ffff:0:0:0/96',    // IPv4-translated.
		'64:ff9b::/96',       // NAT64.
		'64:ff9b:1::/48',     // Local NAT64.
		'100::/64',           // Discard.
		'2001::/23',          // IETF protocol assignments (Teredo, ORCHID, benchmarking).
		'2001:db8::/32',      // Documentation.
		'2002::/16',          // 6to4.
		'3fff::/20',          // Documentation.
		'5f00::/16',          // Segment routing.
		'fc00::/7',           // Unique local.
		'fe80::/10',          // Link-local.
		'fec0::/10',          // Site-local (deprecated).
		'ff00::/8',           // Multicast.
	);
}

/**
 * Whether an address is in a CIDR block (both of the same family).
 *
 * @param string $packed An address as inet_pton gives it.
 * @param string $cidr   A block such as 10.0.0.0/8.
 * @return bool
 */
function partnership_feed_in_range( $packed, $cidr ) {
	list( $network, $bits ) = explode( '/', $cidr );
	$base                   = inet_pton( $network );
	if ( false === $base || strlen( $base ) !== strlen( $packed ) ) {
		return false;
	}
	$bits  = (int) $bits;
	$bytes = intdiv( $bits, 8 );
	if ( substr( $packed, 0, $bytes ) !== substr( $base, 0, $bytes ) ) {
		return false;
	}
	$rest = $bits % 8;
	if ( 0 === $rest ) {
		return true;
	}
	$mask = ( 0xff << ( 8 - $rest ) ) & 0xff;
	return ( ord( $packed[ $bytes ] ) & $mask ) === ( ord( $base[ $bytes ] ) & $mask );
}

/**
 * Whether the server may connect to this literal IP address.
 *
 * @param string $ip An IPv4 or IPv6 address in its usual text form.
 * @return bool
 */
function partnership_feed_ip_is_public( $ip ) {
	$packed = filter_var( $ip, FILTER_VALIDATE_IP ) ? inet_pton( $ip ) : false;
	if ( false === $packed ) {
		return false;
	}
	foreach ( partnership_feed_refused_ranges() as $cidr ) {
		if ( partnership_feed_in_range( $packed, $cidr ) ) {
			return false;
		}
	}
	return true;
}

/**
 * A URL's host as an IP literal, or null for a name. A host that only looks like a name but that
 * cURL and the C library read as an IPv4 address ("2130706433", "0x7f.1", "017700000001",
 * "127.1") is taken for what it is, so it is checked, not looked up.
 *
 * @param string $host Host as parse_url gives it (IPv6 in brackets).
 * @return string|null|false The address, null for a name, false for a malformed numeric host.
 */
function partnership_feed_host_ip( $host ) {
	$host = rtrim( strtolower( $host ), '.' );
	if ( '[' === substr( $host, 0, 1 ) ) {
		$inner = substr( $host, 1, -1 );
		return filter_var( $inner, FILTER_VALIDATE_IP, FILTER_FLAG_IPV6 ) ? $inner : false;
	}
	if ( filter_var( $host, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4 ) ) {
		return $host;
	}
	// The last label of a real name is never numeric (RFC 3696): this is inet_aton's syntax.
	$labels = explode( '.', $host );
	if ( preg_match( '/^(0x[0-9a-f]*|[0-9]+)$/', end( $labels ) ) ) {
		$packed = partnership_feed_inet_aton( $labels );
		return null === $packed ? false : $packed;
	}
	return null;
}

/**
 * The dotted quad of inet_aton's forms (1 to 4 parts, decimal, octal or hex), or null.
 *
 * @param string[] $labels The host's parts.
 * @return string|null
 */
function partnership_feed_inet_aton( $labels ) {
	if ( count( $labels ) > 4 ) {
		return null;
	}
	$numbers = array();
	foreach ( $labels as $label ) {
		if ( preg_match( '/^0x([0-9a-f]*)$/', $label, $hex ) ) {
			$numbers[] = '' === $hex[1] ? 0 : hexdec( $hex[1] );
		} elseif ( preg_match( '/^0[0-7]*$/', $label ) ) {
			$numbers[] = octdec( $label );
		} elseif ( preg_match( '/^[1-9][0-9]*$/', $label ) ) {
			$numbers[] = (float) $label;
		} else {
			return null;
		}
	}
	$last  = array_pop( $numbers );
	$value = 0;
	foreach ( $numbers as $index => $number ) {
		if ( $number > 255 ) {
			return null;
		}
		$value += $number * ( 256 ** ( 3 - $index ) );
	}
	if ( $last >= 256 ** ( 4 - count( $numbers ) ) ) {
		return null;
	}
	return long2ip( (int) ( $value + $last ) );
}

/**
 * Every A and AAAA record of a name (and what the system's resolver answers, which also reads
 * /etc/hosts).
 *
 * @param string $host A host name.
 * @return string[] Addresses; empty when the name does not resolve.
 */
function partnership_feed_resolve( $host ) {
	$addresses = array();
	$records   = @dns_get_record( $host . '.', DNS_A | DNS_AAAA ); // phpcs:ignore WordPress.PHP.NoSilencedErrors -- a failed lookup is an answer here.
	foreach ( is_array( $records ) ? $records : array() as $record ) {
		$addresses[] = $record['ip'] ?? $record['ipv6'] ?? '';
	}
	$system = gethostbynamel( $host );
	return array_values( array_unique( array_filter( array_merge( $addresses, is_array( $system ) ? $system : array() ) ) ) );
}

/**
 * The address the server may connect to for a URL, or why not.
 *
 * @param string   $url     An absolute URL.
 * @param callable $resolve Looks a name up: host => string[] of addresses.
 * @return array{host: string, port: int, ip: string}|WP_Error
 */
function partnership_feed_check_url( $url, $resolve = 'partnership_feed_resolve' ) {
	$parts  = wp_parse_url( $url );
	$scheme = strtolower( $parts['scheme'] ?? '' );
	if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || empty( $parts['host'] ) || isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return new WP_Error( 'refused', __( 'Only http and https addresses of other sites are fetched.', 'partnership-feed' ), array( 'status' => 403 ) );
	}
	$port = isset( $parts['port'] ) ? (int) $parts['port'] : ( 'https' === $scheme ? 443 : 80 );
	// WordPress's own rule for safe requests (wp_http_validate_url): the web ports only.
	if ( ! in_array( $port, array( 80, 443, 8080 ), true ) ) {
		return new WP_Error( 'refused', __( 'Feeds are fetched from the usual web ports only (80, 443 and 8080).', 'partnership-feed' ), array( 'status' => 403 ) );
	}
	$literal = partnership_feed_host_ip( $parts['host'] );
	if ( false === $literal ) {
		return partnership_feed_internal_error();
	}
	$addresses = null === $literal ? call_user_func( $resolve, rtrim( strtolower( $parts['host'] ), '.' ) ) : array( $literal );
	if ( ! $addresses ) {
		return new WP_Error( 'unresolved', __( 'The feed\'s host name could not be found.', 'partnership-feed' ), array( 'status' => 502 ) );
	}
	foreach ( $addresses as $address ) {
		if ( ! partnership_feed_ip_is_public( $address ) ) {
			return partnership_feed_internal_error();
		}
	}
	return array(
		'host' => trim( $parts['host'], '[]' ),
		'port' => $port,
		'ip'   => $addresses[0],
	);
}

/**
 * The refusal of an internal address.
 *
 * @return WP_Error
 */
function partnership_feed_internal_error() {
	return new WP_Error( 'refused', __( 'This address is on an internal or reserved network: it is never fetched.', 'partnership-feed' ), array( 'status' => 403 ) );
}
