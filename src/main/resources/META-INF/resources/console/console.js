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

  // The roster day as a Gantt: one row per agent, the shift as a bar in its queue colour and the breaks as white
  // gaps. x is minutes from the site-local midnight, so a night shift runs past 24:00.
  function ganttChart(el) {
    if (!window.echarts || el.dataset.ready) { return; }
    const data = JSON.parse(el.dataset.chart || '{}');
    if (!data.rows) { return; }
    el.dataset.ready = '1';
    el.style.height = Math.max(160, 60 + 22 * data.rows.length) + 'px';
    const items = [];
    data.rows.forEach(function (row, i) {
      items.push({ value: [i, row.start, row.end, row.shift + ' ' + row.time + ' ' + (row.queue || '')], itemStyle: { color: row.color } });
      row.breaks.forEach(function (b) {
        items.push({ value: [i, b.start, b.end, b.kind], itemStyle: { color: '#ffffff', borderColor: '#999' } });
      });
    });
    function clock(v) {
      const h = Math.floor(v / 60), m = v % 60;
      return (h >= 24 ? (h - 24) + '+1' : h) + ':' + (m < 10 ? '0' : '') + m;
    }
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { formatter: function (p) { return clock(p.value[1]) + '-' + clock(p.value[2]) + ' ' + p.value[3]; } },
      grid: { left: 150, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'value', min: 0, max: data.lastMinute, interval: 120, axisLabel: { formatter: clock } },
      yAxis: { type: 'category', inverse: true, data: data.rows.map(function (r) { return r.label; }) },
      series: [{
        type: 'custom', encode: { x: [1, 2], y: 0 }, data: items,
        renderItem: function (params, api) {
          const y = api.value(0), from = api.coord([api.value(1), y]), to = api.coord([api.value(2), y]);
          const h = api.size([0, 1])[1] * 0.6;
          return { type: 'rect', shape: { x: from[0], y: from[1] - h / 2, width: Math.max(1, to[0] - from[0]), height: h },
            style: api.style() };
        }
      }]
    });
    chart.on('click', function (p) {
      const row = data.rows[p.value[0]];
      if (row && row.href) { window.location.href = row.href; }
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
    (root.querySelectorAll ? root : document).querySelectorAll('#gantt-chart').forEach(ganttChart);
    const box = document.getElementById('progress');
    if (box) { progress(box); }
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSettle', function (e) { init(e.target); });
})();
