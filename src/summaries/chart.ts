import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { encodeOpaquePng } from './png.ts';

/**
 * The summary chart: signed investment by chamber as horizontal bars, and the funnel below,
 * drawn with Skia (@napi-rs/canvas, prebuilt inside the package) in a font that ships as an
 * npm package (@embedpdf/fonts-sc: Noto Sans CJK, covering GB2312 and Big5), never a system
 * font, so Chinese labels render the same on a fresh machine. The font is loaded once per
 * process; the PNG is encoded by png.ts.
 */

const require = createRequire(import.meta.url);

/** Noto Sans Hans Regular, found beside the package's entry (its exports hide the fonts folder). */
export const CHART_FONT_FILE = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
const FONT_FAMILY = 'ChamberBotSans';

let fontLoaded = false;

function loadFont(): void {
  if (fontLoaded) return;
  if (!GlobalFonts.registerFromPath(CHART_FONT_FILE, FONT_FAMILY)) throw new Error(`cannot load the chart font ${CHART_FONT_FILE}`);
  fontLoaded = true;
}

export interface ChartBar {
  label: string;
  /** Already in the chart's unit (億元 or 萬元). */
  value: number;
  /** The value as people read it, printed at the bar's end. */
  text: string;
}

export interface ChartFunnelStep {
  label: string;
  count: number;
  /** "75%" of the step before, or '' for the first. */
  rate: string;
}

export interface ChartInput {
  title: string;
  bars: ChartBar[];
  /** Said instead of bars when there is nothing to draw. */
  emptyText: string;
  funnelTitle: string;
  funnel: ChartFunnelStep[];
}

const WIDTH = 1000;
const MARGIN = 32;
const LABEL_WIDTH = 200;
const BAR_HEIGHT = 22;
const ROW = 32;
const STEP_HEIGHT = 46;
const BAR_COLOR = '#2f6db5';
const FUNNEL_COLORS = ['#9ab8dd', '#6f9bd3', '#2f6db5', '#1c4a84'];

const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;

/** Cuts a label to fit `width` pixels, with an ellipsis. */
function fit(g: SKRSContext2D, label: string, width: number): string {
  if (g.measureText(label).width <= width) return label;
  const chars = [...label];
  while (chars.length > 1 && g.measureText(`${chars.join('')}…`).width > width) chars.pop();
  return `${chars.join('')}…`;
}

function chartHeight(input: ChartInput): number {
  const bars = input.bars.length && Math.max(...input.bars.map((b) => b.value)) > 0 ? input.bars.length * ROW + 12 : 44;
  return MARGIN + 48 + bars + 20 + 40 + input.funnel.length * STEP_HEIGHT + MARGIN;
}

function draw(g: SKRSContext2D, input: ChartInput): void {
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, WIDTH, chartHeight(input));
  g.textBaseline = 'alphabetic';
  let y = MARGIN;
  g.fillStyle = '#222222';
  g.font = font(22, true);
  g.fillText(fit(g, input.title, WIDTH - 2 * MARGIN), MARGIN, y + 20);
  y += 48;

  const max = Math.max(0, ...input.bars.map((b) => b.value));
  const plotLeft = MARGIN + LABEL_WIDTH;
  const plotWidth = WIDTH - plotLeft - MARGIN - 120;
  if (input.bars.length === 0 || max <= 0) {
    g.fillStyle = '#666666';
    g.font = font(16);
    g.fillText(input.emptyText, MARGIN, y + 20);
    y += 44;
  } else {
    g.strokeStyle = '#999999';
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(plotLeft + 0.5, y - 6);
    g.lineTo(plotLeft + 0.5, y + input.bars.length * ROW);
    g.stroke();
    for (const bar of input.bars) {
      const length = bar.value > 0 ? Math.max(2, (bar.value / max) * plotWidth) : 0;
      g.font = font(15);
      g.fillStyle = '#222222';
      g.textAlign = 'right';
      g.fillText(fit(g, bar.label, LABEL_WIDTH - 14), plotLeft - 10, y + BAR_HEIGHT - 5);
      g.textAlign = 'left';
      if (length > 0) {
        g.fillStyle = BAR_COLOR;
        g.beginPath();
        g.roundRect(plotLeft, y, length, BAR_HEIGHT, 3);
        g.fill();
      }
      g.font = font(14);
      g.fillStyle = '#333333';
      g.fillText(bar.text, plotLeft + length + 8, y + BAR_HEIGHT - 5);
      y += ROW;
    }
    y += 12;
  }

  y += 20;
  g.fillStyle = '#222222';
  g.font = font(20, true);
  g.fillText(fit(g, input.funnelTitle, WIDTH - 2 * MARGIN), MARGIN, y + 20);
  y += 40;
  const top = Math.max(1, input.funnel[0]?.count ?? 1);
  const funnelWidth = WIDTH - 2 * MARGIN - 260;
  const center = MARGIN + 130 + funnelWidth / 2;
  g.font = font(17, true);
  const labels = input.funnel.map((step) => `${step.label} ${step.count}`);
  // Each step is at least as wide as its label, however few leads reached it.
  const widths = input.funnel.map((step, i) => Math.max(g.measureText(labels[i]).width + 36, (step.count / top) * funnelWidth));
  input.funnel.forEach((step, i) => {
    const width = widths[i];
    const nextWidth = i + 1 < widths.length ? Math.min(width, widths[i + 1]) : width * 0.9;
    g.fillStyle = FUNNEL_COLORS[i % FUNNEL_COLORS.length];
    g.beginPath();
    g.moveTo(center - width / 2, y);
    g.lineTo(center + width / 2, y);
    g.lineTo(center + nextWidth / 2, y + STEP_HEIGHT - 4);
    g.lineTo(center - nextWidth / 2, y + STEP_HEIGHT - 4);
    g.closePath();
    g.fill();
    g.font = font(17, true);
    g.fillStyle = '#ffffff';
    g.textAlign = 'center';
    g.fillText(labels[i], center, y + 28);
    g.textAlign = 'left';
    if (step.rate) {
      g.font = font(15);
      g.fillStyle = '#333333';
      g.fillText(step.rate, center + width / 2 + 14, y + 28);
    }
    y += STEP_HEIGHT;
  });
}

/** The chart as PNG bytes. */
export async function renderSummaryChart(input: ChartInput): Promise<Uint8Array> {
  loadFont();
  const height = chartHeight(input);
  const canvas = createCanvas(WIDTH, height);
  draw(canvas.getContext('2d'), input);
  return encodeOpaquePng(canvas.data(), WIDTH, height);
}
