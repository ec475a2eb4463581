import { promisify } from 'node:util';
import { deflate } from 'node:zlib';

/**
 * A small PNG encoder for opaque pictures: 8-bit RGB, each row filtered by its left
 * neighbour ("Sub", which turns the flat areas of a chart into zeros), deflated off the main
 * thread. Skia's own PNG encoder compresses hard and takes several times longer for a chart.
 */

const deflateAsync = promisify(deflate);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** Encodes RGBA pixels (alpha ignored: the picture must be opaque) as a PNG. */
export async function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const stride = width * 3 + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const src = y * width * 4;
    raw[row] = 1; // Sub
    let pr = 0;
    let pg = 0;
    let pb = 0;
    for (let x = 0; x < width; x++) {
      const s = src + x * 4;
      const d = row + 1 + x * 3;
      const r = rgba[s];
      const g = rgba[s + 1];
      const b = rgba[s + 2];
      raw[d] = (r - pr) & 0xff;
      raw[d + 1] = (g - pg) & 0xff;
      raw[d + 2] = (b - pb) & 0xff;
      pr = r;
      pg = g;
      pb = b;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, adaptive filtering, no interlace
  const data = new Uint8Array(await deflateAsync(raw, { level: 3 }));
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', data),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
