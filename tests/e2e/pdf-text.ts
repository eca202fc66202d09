// The text of a PDF that Chromium printed, per page, without a PDF library: inflate the streams,
// read each font's ToUnicode map and decode the strings shown with Tj/TJ. Enough for Chromium's
// (Skia's) output, which is all the e2e tests print; not a general PDF reader.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const src = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const start = m.index + m[0].length;
    const end = src.indexOf('endobj', start);
    if (end < 0) break;
    const body = src.slice(start, end);
    const s = body.indexOf('stream');
    if (s < 0 || body.lastIndexOf('>>', s) < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, s);
    let dataStart = start + s + 'stream'.length;
    if (src[dataStart] === '\r') dataStart++;
    if (src[dataStart] === '\n') dataStart++;
    const len = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    const dataEnd = len ? dataStart + Number(len[1]) : src.indexOf('endstream', dataStart);
    let data = pdf.subarray(dataStart, dataEnd);
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    out.set(Number(m[1]), { dict, stream: data });
    re.lastIndex = end;
  }
  return out;
}

const hexToString = (hex: string) => {
  const h = hex.replace(/\s+/g, '');
  let s = '';
  for (let i = 0; i + 4 <= h.length; i += 4)
    s += String.fromCodePoint(Number.parseInt(h.slice(i, i + 4), 16));
  return s;
};

/** glyph code (hex, 4 digits) -> text, from a ToUnicode CMap. */
function cmap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(code!.toUpperCase().padStart(4, '0'), hexToString(uni!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, uni] of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const a = Number.parseInt(lo!, 16);
      const b = Number.parseInt(hi!, 16);
      const u = Number.parseInt(uni!, 16);
      for (let c = a; c <= b; c++)
        map.set(c.toString(16).toUpperCase().padStart(4, '0'), String.fromCodePoint(u + c - a));
    }
  }
  return map;
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** The text shown on each page, in drawing order; runs drawn apart are joined by a space. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const inline = (dict: string, key: string): string | undefined => {
    const at = dict.indexOf(`/${key}`);
    if (at < 0) return undefined;
    const r = ref(dict.slice(at), key);
    if (r !== undefined && new RegExp(`^/${key}\\s+\\d+ 0 R`).test(dict.slice(at))) return objs.get(r)?.dict;
    const open = dict.indexOf('<<', at);
    let depth = 0;
    for (let i = open; i < dict.length; i++) {
      if (dict.startsWith('<<', i)) {
        depth++;
        i++;
      } else if (dict.startsWith('>>', i)) {
        depth--;
        i++;
        if (depth === 0) return dict.slice(open, i + 1);
      }
    }
    return undefined;
  };
  const pages = [...objs.values()].filter((o) => /\/Type\s*\/Page[^s]/.test(o.dict));
  return pages.map((page) => {
    const resources = inline(page.dict, 'Resources') ?? '';
    const fontDict = inline(resources, 'Font') ?? '';
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, num] of fontDict.matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)) {
      const font = objs.get(Number(num))?.dict ?? '';
      const tu = ref(font, 'ToUnicode');
      fonts.set(name!, tu !== undefined ? cmap(objs.get(tu)?.stream?.toString('latin1') ?? '') : new Map());
    }
    const contents =
      /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    const content = [...contents.matchAll(/(\d+) 0 R/g)]
      .map(([, n]) => objs.get(Number(n))?.stream?.toString('latin1') ?? '')
      .join('\n');
    let font = new Map<string, string>();
    const runs: string[] = [];
    const decode = (hex: string) => {
      let s = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) s += font.get(hex.slice(i, i + 4).toUpperCase()) ?? '';
      return s;
    };
    for (const m of content.matchAll(
      /\/([^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>\s*Tj|\[((?:<[0-9A-Fa-f\s]*>|[-\d.\s])*)\]\s*TJ/g,
    )) {
      if (m[1]) font = fonts.get(m[1]) ?? new Map();
      else if (m[2] !== undefined) runs.push(decode(m[2].replace(/\s+/g, '')));
      else if (m[3] !== undefined)
        runs.push(
          [...m[3].matchAll(/<([0-9A-Fa-f\s]*)>/g)].map(([, h]) => decode(h!.replace(/\s+/g, ''))).join(''),
        );
    }
    // Ligatures (ﬁ) back to letters; HTML text comes glyph by glyph, so compare without spaces.
    return runs.join(' ').normalize('NFKC').replace(/\s+/g, ' ');
  });
}
