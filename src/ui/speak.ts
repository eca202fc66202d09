// Reads a text aloud with the browser's own speech synthesis, only with a voice installed on this
// computer (`localService`): some browsers offer online voices that would send the text away.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../domain/types';

const PREFIXES: Record<Lang, string[]> = { nb: ['nb', 'no', 'nn'], nn: ['nn', 'nb', 'no'], en: ['en'] };

function localVoice(lang: Lang): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  const voices = speechSynthesis.getVoices().filter((v) => v.localService);
  for (const p of PREFIXES[lang]) {
    const v = voices.find((x) => x.lang.toLowerCase().startsWith(p));
    if (v) return v;
  }
  return null;
}

/** The local voice for the language, or null when none is installed (then no read-aloud button). */
export function useLocalVoice(lang: Lang): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState(() => localVoice(lang));
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = () => setVoice(localVoice(lang));
    update();
    const synth = speechSynthesis;
    synth.addEventListener('voiceschanged', update);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      synth.cancel();
    };
  }, [lang]);
  return voice;
}

export function speak(text: string, voice: SpeechSynthesisVoice): void {
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  u.rate = 0.9;
  speechSynthesis.speak(u);
}
