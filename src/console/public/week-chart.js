// Draws the stacked bar chart of the week from the numbers of the table beside it (#week-table),
// so the chart and the table can never disagree. Chart.js is served from node_modules (no CDN).
'use strict';
(function () {
  const table = document.getElementById('week-table');
  const canvas = document.getElementById('week-chart');
  if (!table || !canvas || typeof window.Chart !== 'function') return;
  const days = Array.from(table.querySelectorAll('thead th[data-day]')).map((th) => th.textContent);
  const palette = ['#0b5cad', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d6a9f', '#2e4057', '#c1666b', '#48a9a6', '#e4b363', '#4b3f72', '#97c1a9'];
  const datasets = Array.from(table.querySelectorAll('tbody tr')).map((row, i) => {
    const cells = Array.from(row.querySelectorAll('td')).slice(0, days.length);
    const label = row.querySelector('th').childNodes[0].textContent.trim();
    return { label, data: cells.map((td) => Number(td.textContent)), backgroundColor: palette[i % palette.length] };
  });
  if (datasets.length === 0) return;
  new window.Chart(canvas, {
    type: 'bar',
    data: { labels: days, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
})();
