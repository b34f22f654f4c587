// A stand-in analytics library: it writes a cookie (also on the parent domain, when there is one)
// and a storage key, as real ones do.
window.demoStats = {
  count() {
    const visits = Number(localStorage.getItem('demo_stats_visits') || 0) + 1;
    localStorage.setItem('demo_stats_visits', String(visits));
    document.cookie = `demo_stats=${visits}; path=/; max-age=31536000`;
    document.cookie = `demo_s_id=${Math.random().toString(36).slice(2)}; path=/; max-age=31536000`;
    document.getElementById('ran').insertAdjacentHTML('beforeend', `<li>Demo stats (visit ${visits})</li>`);
  },
};
