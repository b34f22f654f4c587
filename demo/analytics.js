// Stand-in for an analytics library: it only says that it ran.
document.getElementById('analytics-state').textContent = 'running';
