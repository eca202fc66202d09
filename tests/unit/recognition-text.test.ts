// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkText, cleanText, isValidPin, textLength } from '../../src/domain/recognition-text';

describe('recognition text', () => {
  it('keeps line breaks, any script and emoji; drops invisible control characters', () => {
    expect(cleanText('  Ola\u0007 hjalp\tKari\r\nmed\u0000 matte  ')).toBe('Ola hjalp Kari\r\nmed matte');
    expect(cleanText('مرحبا 👋 שלום')).toBe('مرحبا 👋 שלום');
    // Composed and decomposed å are the same text.
    expect(cleanText('a\u030a')).toBe('å');
  });

  it('counts characters as people see them and checks the limits', () => {
    expect(textLength('👍🏽')).toBe(2);
    expect(textLength('🌟'.repeat(280))).toBe(280);
    expect(checkText(' \n\t ')).toBe('empty');
    expect(checkText(' \n\t ', { optional: true })).toBeNull();
    expect(checkText('x'.repeat(280))).toBeNull();
    expect(checkText('x'.repeat(281))).toBe('tooLong');
    expect(checkText('<b>bold</b>')).toBeNull();
  });

  it('a PIN is 4 to 8 digits', () => {
    expect(['1234', '12345678'].map(isValidPin)).toEqual([true, true]);
    expect(['123', '123456789', '12a4', ' 1234', '١٢٣٤'].map(isValidPin)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
