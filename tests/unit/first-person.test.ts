// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speaksAsMe } from '../../src/domain/first-person';

describe('a recognition that speaks as «I»', () => {
  it('finds «meg», «jeg», «eg» and «min» in Norwegian, as whole words in any case', () => {
    expect(speaksAsMe('Du hjalp meg med tårnet.', 'nb')).toBe(true);
    expect(speaksAsMe('Jeg så at du ventet.', 'nb')).toBe(true);
    expect(speaksAsMe('Eg såg at du venta.', 'nn')).toBe(true);
    expect(speaksAsMe('Du lånte meg blyanten min.', 'nn')).toBe(true);
  });
  it('leaves other words and the preposition «I» alone', () => {
    expect(speaksAsMe('Du ventet på tur.', 'nb')).toBe(false);
    expect(speaksAsMe('I dag hjalp du Kari med å rydde.', 'nb')).toBe(false);
    expect(speaksAsMe('Me ventar på tur.', 'nn')).toBe(false);
    expect(speaksAsMe('Du hjalp Megan og Mina.', 'nb')).toBe(false);
  });
  it('finds «I», «me» and «my» in English', () => {
    expect(speaksAsMe('You helped me with the tower.', 'en')).toBe(true);
    expect(speaksAsMe('I saw you wait your turn.', 'en')).toBe(true);
    expect(speaksAsMe('You waited for your turn.', 'en')).toBe(false);
  });
});
