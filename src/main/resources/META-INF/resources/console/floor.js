// Paiban console, floor pages (today, intraday, attendance): the intraday chart of each queue, drawn with
// Apache ECharts from the JSON the server put in data-chart. No inline scripts (CSP script-src 'self').
(function () {
  'use strict';

  function intradayChart(el) {
    if (!window.echarts || el.dataset.ready) { return; }
    const data = JSON.parse(el.dataset.chart || '{}');
    if (!data.labels) { return; }
    el.dataset.ready = '1';
    const chart = echarts.init(el);
    const d = el.dataset;
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [d.forecast, d.actual, d.reforecast, d.required, d.present] },
      grid: { left: 44, right: 44, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: data.labels },
      yAxis: [{ type: 'value', name: d.forecast }, { type: 'value', name: d.required, minInterval: 1 }],
      series: [
        { name: d.forecast, type: 'line', showSymbol: false, data: data.forecast, lineStyle: { type: 'dashed' }, itemStyle: { color: '#6e7781' } },
        { name: d.actual, type: 'line', showSymbol: false, data: data.actual, itemStyle: { color: '#1f6feb' } },
        { name: d.reforecast, type: 'line', showSymbol: false, data: data.reforecast, itemStyle: { color: '#f28e2b' } },
        { name: d.required, type: 'line', step: 'middle', yAxisIndex: 1, showSymbol: false, data: data.required, itemStyle: { color: '#222' } },
        { name: d.present, type: 'bar', yAxisIndex: 1, data: data.present, itemStyle: { color: 'rgba(89,161,79,.45)' } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.intraday-chart').forEach(intradayChart);
  });
})();
