// What each part of the source adds to the embed, min+gzip: the embed is gzipped once whole and
// once without the bytes that part's source map segments cover; the difference is its share.
// (Shares overlap a little, because gzip finds repeats across parts, so they need not add up.)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source map segment (base64 VLQ). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** For each character of the code, the index of the source it came from (-1: none). */
function sourceOfEachCharacter(code, map) {
  const lines = code.split('\n');
  let source = 0;
  const owners = lines.map((line) => new Int32Array(line.length).fill(-1));
  map.mappings.split(';').forEach((segments, row) => {
    let column = 0;
    const decoded = segments.split(',').filter(Boolean).map(decodeSegment);
    decoded.forEach((segment, i) => {
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      const end = i + 1 < decoded.length ? column + decoded[i + 1][0] : lines[row].length;
      owners[row].fill(source, column, end);
    });
  });
  return { lines, owners };
}

/** min+gzip that each area adds to `embedPath`; `areaOf(sourcePath)` names a source's area. */
export function sizeByArea(embedPath, areaOf) {
  const code = readFileSync(embedPath, 'utf8');
  const map = JSON.parse(readFileSync(`${embedPath}.map`, 'utf8'));
  const { lines, owners } = sourceOfEachCharacter(code, map);
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const whole = gzip(code);
  const areas = new Map();
  map.sources.forEach((path, index) => {
    const area = areaOf(path);
    if (!areas.has(area)) areas.set(area, new Set());
    areas.get(area).add(index);
  });
  return [...areas].map(([area, sources]) => {
    // By UTF-16 unit, as the source map's columns count.
    const without = lines.map((line, row) => {
      let kept = '';
      for (let column = 0; column < line.length; column++) if (!sources.has(owners[row][column])) kept += line[column];
      return kept;
    }).join('\n');
    return { area, bytes: whole - gzip(without) };
  }).sort((a, b) => b.bytes - a.bytes);
}
