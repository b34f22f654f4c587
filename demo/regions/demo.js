// Loads the drop-in with `data-region` from the page's `?region=`, and shows what is in force.

// A stand-in for Amazon's consent library (amzn-consent.js, which this demo does not load): it
// shows the signal Consentry builds with it for Amazon Ads (docs/integrations.md).
window.amznConsent = () => {
  const signal = {};
  const builder = {
    setCountryCode: (country) => ((signal.country = country), builder),
    setEnableAdStorage: (value) => ((signal.adStorage = value), builder),
    setEnableUserData: (value) => ((signal.userData = value), builder),
    build: () => {
      const text = `ad storage ${signal.adStorage}, user data ${signal.userData}, country ${signal.country ?? 'not sent'}`;
      const dd = document.getElementById('amazon');
      if (dd) dd.textContent = text;
    },
  };
  return builder;
};
const region = new URLSearchParams(location.search).get('region') || 'auto';
const script = document.createElement('script');
script.src = '../../dist/consentry.js';
script.dataset.config = '#consentry-config';
script.dataset.region = region;
document.head.append(script);

document.addEventListener('DOMContentLoaded', () => {
  const select = document.getElementById('region');
  select.value = region;
  document.getElementById('auto').textContent = 'auto (time zone: ' + Intl.DateTimeFormat().resolvedOptions().timeZone + ')';
  document.getElementById('pick').addEventListener('submit', (e) => {
    e.preventDefault();
    location.search = '?region=' + encodeURIComponent(select.value);
  });
  select.addEventListener('change', () => (location.search = '?region=' + encodeURIComponent(select.value)));
  document.getElementById('reset').addEventListener('click', () => Consentry.reset());
  const show = () => {
    const s = Consentry.get();
    const rows = {
      'Consentry.region': String(Consentry.region),
      mode: s.mode,
      decided: String(s.decided),
      categories: Object.entries(s.categories)
        .map(([k, v]) => `${k}: ${v ? 'granted' : 'denied'}`)
        .join(', '),
      'Global Privacy Control': String(s.gpc),
      'Consent Mode defaults': (window.dataLayer || [])
        .filter((e) => e[0] === 'consent' && e[1] === 'default')
        .map(
          (e) =>
            `${e[2].region ? e[2].region.length + ' regions (' + e[2].region.slice(0, 3).join(' ') + '…)' : 'everywhere else'}: analytics ${e[2].analytics_storage}, ads ${e[2].ad_storage}`,
        )
        .join('; '),
    };
    // The rows are in the page from the start (a row appearing later would move what follows it).
    const dds = document.querySelectorAll('#state dd:not(#amazon)');
    Object.values(rows).forEach((v, i) => (dds[i].textContent = v));
  };
  const wait = () => (window.Consentry ? (Consentry.on('ready', show), Consentry.on('change', show)) : setTimeout(wait, 20));
  wait();
});
