// Paiban console, planning pages: forecast, staffing and capacity charts (Apache ECharts) drawn from the JSON
// the server embeds in data-chart. Labels come from data-* attributes (message bundles), times are site-local
// labels computed by the server, so the chart does not depend on the browser's time zone.
(function () {
  'use strict';

  function read(el) {
    if (!window.echarts || !el || el.dataset.ready) { return null; }
    const data = JSON.parse(el.dataset.chart || '{}');
    if (!data.labels) { return null; }
    el.dataset.ready = '1';
    return data;
  }

  function draw(el, option) {
    const chart = echarts.init(el);
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function forecastChart(el) {
    const data = read(el);
    if (!data) { return; }
    const band = data.upper.map(function (u, i) {
      const l = data.lower[i];
      return u === null || l === null ? null : Math.max(0, u - l);
    });
    const areas = data.events.map(function (e) {
      return [{ name: e.name, xAxis: e.from, itemStyle: { color: e.promotion ? 'rgba(242,142,43,0.18)' : 'rgba(89,161,79,0.18)' } },
        { xAxis: e.to }];
    });
    const points = data.events.map(function (e) {
      return { name: e.name, coord: [e.from, 0], value: e.name, symbol: 'pin', symbolSize: 36,
        itemStyle: { color: e.promotion ? '#f28e2b' : '#59a14f' }, label: { show: false } };
    });
    draw(el, {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [el.dataset.history, el.dataset.forecast, el.dataset.model, el.dataset.band] },
      grid: { left: 48, right: 16, top: 36, bottom: 72 },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 20, bottom: 12 }],
      xAxis: { type: 'category', data: data.labels, boundaryGap: false },
      yAxis: { type: 'value', min: 0 },
      series: [
        { name: el.dataset.history, type: 'line', showSymbol: false, data: data.history, itemStyle: { color: '#6e7781' },
          lineStyle: { width: 1 } },
        { name: el.dataset.forecast, type: 'line', showSymbol: false, data: data.forecast, itemStyle: { color: '#1f6feb' },
          markArea: { silent: true, label: { show: true, position: 'insideTop', fontSize: 10 }, data: areas },
          markPoint: { data: points, tooltip: { formatter: function (p) { return p.name; } } },
          markLine: data.horizonStart ? { silent: true, symbol: 'none', label: { formatter: el.dataset.horizon },
            lineStyle: { color: '#999', type: 'dashed' }, data: [{ xAxis: data.horizonStart }] } : undefined },
        { name: el.dataset.model, type: 'line', showSymbol: false, data: data.model, itemStyle: { color: '#76b7b2' },
          lineStyle: { width: 1, type: 'dashed' } },
        { name: el.dataset.band, type: 'line', showSymbol: false, stack: 'band', data: data.lower, lineStyle: { opacity: 0 },
          itemStyle: { color: '#9ecae1' }, tooltip: { show: false } },
        { name: el.dataset.band, type: 'line', showSymbol: false, stack: 'band', data: band, lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(31,111,235,0.12)' }, itemStyle: { color: '#9ecae1' }, tooltip: { show: false } }
      ]
    });
  }

  function staffingChart(el) {
    const data = read(el);
    if (!data) { return; }
    draw(el, {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [el.dataset.raw, el.dataset.scheduled, el.dataset.volume] },
      grid: { left: 48, right: 48, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: data.labels },
      yAxis: [{ type: 'value', minInterval: 1, name: el.dataset.agents }, { type: 'value', name: el.dataset.volume, splitLine: { show: false } }],
      series: [
        { name: el.dataset.raw, type: 'bar', data: data.raw, itemStyle: { color: '#4e79a7' } },
        { name: el.dataset.scheduled, type: 'line', step: 'middle', data: data.scheduled, itemStyle: { color: '#e15759' } },
        { name: el.dataset.volume, type: 'line', yAxisIndex: 1, showSymbol: false, data: data.volume,
          itemStyle: { color: '#b07aa1' }, lineStyle: { width: 1, type: 'dashed' } }
      ]
    });
  }

  function capacityChart(el) {
    const data = read(el);
    if (!data) { return; }
    const promotions = data.promotions.map(function (p, i) {
      return p ? { name: p, coord: [data.labels[i], data.required[i]], value: p } : null;
    }).filter(function (p) { return p; });
    draw(el, {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [el.dataset.required, el.dataset.available, el.dataset.gap] },
      grid: { left: 48, right: 16, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value', name: 'FTE' },
      series: [
        { name: el.dataset.gap, type: 'bar', data: data.gap.map(function (g) {
          return { value: g, itemStyle: { color: g > 0 ? '#e15759' : '#59a14f' } };
        }) },
        { name: el.dataset.required, type: 'line', data: data.required, itemStyle: { color: '#222' },
          markPoint: { symbol: 'pin', symbolSize: 40, itemStyle: { color: '#f28e2b' }, label: { show: false }, data: promotions,
            tooltip: { formatter: function (p) { return p.name; } } } },
        { name: el.dataset.available, type: 'line', data: data.available, itemStyle: { color: '#1f6feb' } }
      ]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    forecastChart(document.getElementById('forecast-chart'));
    staffingChart(document.getElementById('staffing-chart'));
    capacityChart(document.getElementById('capacity-chart'));
  });
})();
