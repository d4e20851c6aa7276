/** Lines of a voice, as casting gives them, for the aligner's tests (compare/align.ts): black, one paragraph, an id from the text. */
import type { Line } from '../../src/attribute/cast.js';

export const line = (text: string, voice: string | null = 'Narrator'): Line => {
  const words = text.split(' ').length;
  return {
    id: text.slice(0, 8),
    voice,
    text,
    words,
    spokenWords: words,
    location: { story: 'body', paragraph: 1 },
    color: '#000000',
    background: null,
    looks: [{ color: '#000000', background: null, words }],
  };
};
