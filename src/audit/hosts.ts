// Well-known tracking hosts, as suffixes: a host is on the list when it is one of them or a
// subdomain of one (`www.google-analytics.com`). Data, not a blocklist: the vendor catalogue's
// hosts (src/vendors/catalogue.ts), projected at build time (scripts/derived.mjs).
import { TRACKING_HOSTS } from 'consentry:tracking-hosts';

/**
 * Whether `host` (lower case, as `URL.hostname` gives it) is `suffix` or a subdomain of it, on
 * whole labels only: `evil-google-analytics.com` is not `google-analytics.com`.
 */
export const onHost = (host: string, suffix: string): boolean => host === suffix || host.endsWith('.' + suffix);

/** The tracking-host suffix that `host` is on, if any. */
export const trackingHost = (host: string): string | undefined => TRACKING_HOSTS.find((s) => onHost(host, s));
