// Paiban console: charts (Apache ECharts) and the live solve progress (server-sent events of
// GET /api/solve-jobs/{id}/events). Pages are server-rendered; htmx swaps parts of them.
(function () {
  'use strict';

  function coverageChart(el) {
    if (!window.echarts || el.dataset.ready) { return; }
    const data = JSON.parse(el.dataset.chart || '{}');
    if (!data.labels) { return; }
    el.dataset.ready = '1';
    const chart = echarts.init(el);
    const rostered = data.rostered.map(function (v, i) {
      return { value: v, itemStyle: { color: v < data.required[i] ? '#e15759' : '#4e79a7' } };
    });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [el.dataset.rostered, el.dataset.required] },
      grid: { left: 40, right: 16, top: 32, bottom: 40 },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: el.dataset.rostered, type: 'bar', data: rostered },
        { name: el.dataset.required, type: 'line', step: 'middle', data: data.required, itemStyle: { color: '#222' } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function progress(box) {
    if (box.dataset.ready) { return; }
    box.dataset.ready = '1';
    const chartEl = document.getElementById('score-chart');
    const points = [];
    let chart = null;
    if (window.echarts && chartEl) {
      chart = echarts.init(chartEl);
      chart.setOption({
        animation: false, grid: { left: 60, right: 16, top: 16, bottom: 24 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'value', name: 's' }, yAxis: { type: 'value', scale: true },
        series: [{ type: 'line', showSymbol: false, data: points }]
      });
    }
    if (box.dataset.live !== 'true') { return; }
    const source = new EventSource('/api/solve-jobs/' + box.dataset.jobId + '/events');
    source.onmessage = function (message) {
      const ev = JSON.parse(message.data);
      document.getElementById('job-status').textContent = ev.status;
      document.getElementById('job-score').textContent = ev.bestScore || '-';
      document.getElementById('job-elapsed').textContent = ev.elapsedSeconds.toFixed(1);
      document.getElementById('job-progress').value = ev.finished ? 1 : ev.progress;
      (ev.points || []).forEach(function (p) { points.push([p.atSeconds, p.medium]); });
      if (chart) { chart.setOption({ series: [{ data: points }] }); }
      if (ev.finished) {
        source.close();
        document.getElementById('job-done').hidden = false;
        const stop = document.getElementById('stop-form');
        if (stop) { stop.hidden = true; }
      }
    };
    source.onerror = function () { source.close(); };
  }

  function init(root) {
    (root.querySelectorAll ? root : document).querySelectorAll('#coverage-chart').forEach(coverageChart);
    const box = document.getElementById('progress');
    if (box) { progress(box); }
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSettle', function (e) { init(e.target); });
})();
