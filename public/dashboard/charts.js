// The three charts, drawn by ECharts (loaded by index.html as /dashboard/assets/echarts.min.js,
// served by the bot from its own node_modules: no third-party host, works offline). Canvas
// rendering and the rich-text tooltip: ECharts' HTML tooltip writes inline styles the CSP refuses.

import { yiNumber } from './format.js';

const charts = new Map();

function chartIn(container) {
  let chart = charts.get(container);
  if (!chart) {
    chart = globalThis.echarts.init(container, null, { renderer: 'canvas' });
    charts.set(container, chart);
    new ResizeObserver(() => chart.resize()).observe(container);
  }
  return chart;
}

/** Options every chart shares: no animation (a figure should read the same at once), small type. */
const base = (t, empty) => ({
  animation: false,
  textStyle: { fontSize: 12 },
  tooltip: { renderMode: 'richText', confine: true },
  title: empty ? { text: t('noData'), left: 'center', top: 'middle', textStyle: { fontSize: 13, color: '#888', fontWeight: 'normal' } } : undefined,
});

/** 線索 → 洽談 → 簽約 → 落地: how many of the period's new leads got how far. */
export function drawFunnel(container, funnel, t) {
  const stages = ['lead', 'negotiating', 'signed', 'landed'];
  const data = stages.map((stage) => ({ name: t(`stage.${stage}`), value: Number(funnel?.[stage] ?? 0) }));
  const empty = data.every((d) => d.value === 0);
  chartIn(container).setOption(
    {
      ...base(t, empty),
      series: empty
        ? []
        : [
            {
              type: 'funnel',
              sort: 'none',
              top: 8,
              bottom: 8,
              left: '10%',
              width: '80%',
              minSize: '12%',
              label: { show: true, position: 'inside', formatter: '{b} {c}' },
              data,
            },
          ],
    },
    true,
  );
}

/** Signed investment by chamber, largest at the top; names read across, so a phone can show them. */
export function drawByChamber(container, byChamber, t) {
  const rows = [...(byChamber ?? [])].sort((a, b) => Number(a.figures?.investmentYuan ?? 0) - Number(b.figures?.investmentYuan ?? 0));
  const empty = rows.length === 0;
  container.classList.toggle('tall', rows.length > 8);
  chartIn(container).setOption(
    {
      ...base(t, empty),
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', show: !empty },
      yAxis: { type: 'category', show: !empty, data: rows.map((r) => r.chamber?.name ?? '') },
      series: [
        {
          type: 'bar',
          name: t('series.investment'),
          data: rows.map((r) => yiNumber(r.figures?.investmentYuan)),
          label: { show: true, position: 'right', formatter: ({ value }) => Number(value).toFixed(2) },
        },
      ],
    },
    true,
  );
}

/** The twelve months ending with the period: signed investment (億) and signed projects. */
export function drawTrend(container, trend, t) {
  const months = trend ?? [];
  const empty = months.length === 0;
  chartIn(container).setOption(
    {
      ...base(t, empty),
      legend: { show: !empty, bottom: 0 },
      grid: { left: 8, right: 8, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', show: !empty, data: months.map((m) => m.month) },
      yAxis: [
        { type: 'value', show: !empty, name: '' },
        { type: 'value', show: !empty, minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { type: 'line', name: t('series.investment'), data: months.map((m) => yiNumber(m.figures?.investmentYuan)) },
        { type: 'line', name: t('series.signed'), yAxisIndex: 1, data: months.map((m) => Number(m.figures?.signedProjects ?? 0)) },
      ],
    },
    true,
  );
}
