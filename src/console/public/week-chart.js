// Draws the charts of 「この7日間」 from the numbers of the tables beside them, so a chart and
// its table can never disagree: the stacked bars by day and topic (#week-table: 手口 in blues
// and reds, よくある質問 in greens) and the bars by hour of day (#hour-table). Every word comes
// from the page (table headers, data-legend, data-x-title / data-y-title). Chart.js is served
// from node_modules (no CDN).
'use strict';
(function () {
  if (typeof window.Chart !== 'function') return;
  const palettes = {
    scam: ['#0b5cad', '#d1495b', '#edae49', '#2e4057', '#8d6a9f', '#c1666b', '#4b3f72', '#e4b363', '#00798c', '#97c1a9'],
    faq: ['#2e8540', '#66a182', '#1b5e20', '#a5d6a7', '#48a9a6', '#7cb342'],
    other: ['#888888', '#bbbbbb'],
  };
  const axisTitle = (text) => ({ display: Boolean(text), text });

  const table = document.getElementById('week-table');
  const canvas = document.getElementById('week-chart');
  if (table && canvas) {
    const days = Array.from(table.querySelectorAll('thead th[data-day]')).map((th) => th.textContent);
    const used = {};
    const datasets = Array.from(table.querySelectorAll('tbody tr[data-intent]')).map((row) => {
      const kind = palettes[row.dataset.kind] ? row.dataset.kind : 'other';
      const i = (used[kind] = (used[kind] ?? -1) + 1);
      const cells = Array.from(row.querySelectorAll('td')).slice(0, days.length);
      return { label: row.dataset.legend, data: cells.map((td) => Number(td.textContent)), backgroundColor: palettes[kind][i % palettes[kind].length] };
    });
    if (datasets.length > 0) {
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
    }
  }

  const hours = document.getElementById('hour-table');
  const hourCanvas = document.getElementById('hour-chart');
  if (hours && hourCanvas) {
    const labels = Array.from(hours.querySelectorAll('thead th[data-hour]')).map((th) => th.dataset.hour);
    const data = Array.from(hours.querySelectorAll('tbody td')).map((td) => Number(td.textContent));
    new window.Chart(hourCanvas, {
      type: 'bar',
      data: { labels, datasets: [{ label: hours.querySelector('caption').textContent, data, backgroundColor: '#0b5cad' }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { title: axisTitle(hourCanvas.dataset.xTitle), ticks: { maxRotation: 0 } },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: axisTitle(hourCanvas.dataset.yTitle) },
        },
        plugins: { legend: { display: false } },
      },
    });
  }
})();
