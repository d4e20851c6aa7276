/** Numbers as the output shows them: `1,180`, `3 words`, `42.1%`. One place, so every command agrees. */
const integer = new Intl.NumberFormat('en-US');

/** `1,180` */
export const count = (value: number): string => integer.format(value);

/** `1 word`, `1,180 words` */
export const plural = (value: number, word: string): string => `${count(value)} ${word}${value === 1 ? '' : 's'}`;

/** `42.1%` from a share 0–1. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
