/**
 * Well-known tracking hosts, as suffixes: a host is on the list when it is one of them or a
 * subdomain of one (`www.google-analytics.com`). Data, not a blocklist: enough to catch the tags
 * that sites most often forget to gate.
 */
const TRACKING_HOSTS: readonly string[] = (
  'google-analytics.com googletagmanager.com doubleclick.net googleadservices.com googlesyndication.com ' +
  // facebook.com: the Meta Pixel's image beacon (`/tr`) and the social plug-ins.
  'connect.facebook.net facebook.com bat.bing.com clarity.ms hotjar.com analytics.tiktok.com snap.licdn.com ' +
  'px.ads.linkedin.com cdn.segment.com js.hs-scripts.com js.hs-analytics.net cdn.mxpnl.com i.posthog.com ' +
  'cdn.amplitude.com static.criteo.net adnxs.com taboola.com outbrain.com scorecardresearch.com quantserve.com youtube.com'
).split(' ');

/**
 * Whether `host` (lower case, as `URL.hostname` gives it) is `suffix` or a subdomain of it, on
 * whole labels only: `evil-google-analytics.com` is not `google-analytics.com`.
 */
export const onHost = (host: string, suffix: string): boolean => host === suffix || host.endsWith('.' + suffix);

/** The tracking-host suffix that `host` is on, if any. */
export const trackingHost = (host: string): string | undefined => TRACKING_HOSTS.find((s) => onHost(host, s));
