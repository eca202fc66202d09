// @vitest-environment node
// Small pure parts of the extension: the strip's geometry, the page language, the board file name.
import { describe, expect, it } from 'vitest';
import { browserLang } from '../../extension/shared/lang';
import { clampTop, stripHeight } from '../../extension/strip/geometry';
import { boardFile } from '../../src/data/board-file';
import { loadDemoClass } from '../../src/data/demo';
import { parseBoardFile } from '../../src/domain/board-snapshot-schema';
import { freshDatabase } from './helpers/db';

freshDatabase();

describe('the strength strip', () => {
  it('is a strip: never more than a fifth of the window', () => {
    for (const h of [300, 480, 720, 1080, 2160]) {
      expect(stripHeight(h)).toBeLessThanOrEqual(h * 0.2);
      expect(stripHeight(h)).toBeLessThanOrEqual(112);
    }
    expect(stripHeight(720)).toBe(86);
  });

  it('cannot be moved off the screen', () => {
    expect(clampTop(-500, 86, 720)).toBe(0);
    expect(clampTop(5000, 86, 720)).toBe(634);
    expect(clampTop(300, 86, 720)).toBe(300);
    // A window smaller than the strip pins it to the top.
    expect(clampTop(40, 86, 60)).toBe(0);
  });
});

describe('extension page language', () => {
  it('follows the browser, bokmål first', () => {
    expect(browserLang(['nn-NO'])).toBe('nn');
    expect(browserLang(['no', 'en'])).toBe('nb');
    expect(browserLang(['de-DE', 'en-GB'])).toBe('en');
    expect(browserLang(['de-DE'])).toBe('nb');
  });
});

describe('board file', () => {
  it('is the board snapshot as JSON, named after the class and the day, and parses back', async () => {
    const now = new Date('2026-11-23T12:00:00').getTime();
    const classId = await loadDemoClass('nb', now);
    const file = (await boardFile(
      classId,
      'nb',
      { teacher: 'læreren', classmate: 'en klassekamerat' },
      now,
    ))!;
    expect(file.name).toBe('styrketavle-demoklassen-4b-2026-11-23.json');
    expect(file.text).not.toContain('"status"');
    expect(parseBoardFile(file.text)).toMatchObject({ ok: true, snapshot: { classId } });
  });
});
