// Draws one chart per topic on 「役に立ったか」 from the numbers of the table under it
// (table[data-feedback-table]), so the chart and the table can never disagree: bars for the
// answers (yes / no, stacked) per week, a line for the share of yes (right axis, 0–100 %).
// Every word comes from the page (the table's headers, the canvas's data-y-title).
'use strict';
(function () {
  if (typeof window.Chart !== 'function') return;
  const number = (td) => Number(td.textContent);
  // "67%" → 67; "—" (nobody answered that week) → null, a gap in the line.
  const share = (td) => (/^\d+%$/.test(td.textContent.trim()) ? parseInt(td.textContent, 10) : null);
  for (const table of document.querySelectorAll('table[data-feedback-table]')) {
    const canvas = document.getElementById('fb-chart-' + table.dataset.feedbackTable);
    if (!canvas) continue;
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    const heads = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent);
    const labels = rows.map((row) => row.querySelector('th').textContent);
    const column = (i, read) => rows.map((row) => read(row.querySelectorAll('td')[i]));
    new window.Chart(canvas, {
      data: {
        labels,
        datasets: [
          { type: 'bar', label: heads[1], data: column(0, number), backgroundColor: '#0b5cad', stack: 'answers', order: 2 },
          { type: 'bar', label: heads[2], data: column(1, number), backgroundColor: '#e08a00', stack: 'answers', order: 2 },
          { type: 'line', label: heads[3], data: column(2, share), yAxisID: 'share', borderColor: '#1a1a1a', backgroundColor: '#ffffff', pointBackgroundColor: '#1a1a1a', pointRadius: 3, spanGaps: false, clip: 6, order: 1 },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, ticks: { autoSkip: false, maxRotation: 60 } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: Boolean(canvas.dataset.yTitle), text: canvas.dataset.yTitle } },
          share: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (v) => v + '%' } },
        },
        plugins: { legend: { position: 'bottom', labels: { sort: (a, b) => a.datasetIndex - b.datasetIndex } } },
      },
    });
  }
})();
