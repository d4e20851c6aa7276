/** How `check`'s messages quote a line of the script: short enough for one line of output. */

const SHORT_TEXT = 60;

/** A line's text in quotes, cut after about 60 characters at a word. */
export function shortText(text: string): string {
  const chars = [...text];
  if (chars.length <= SHORT_TEXT) return `"${text}"`;
  const cut = chars.slice(0, SHORT_TEXT - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `"${(space > SHORT_TEXT / 2 ? cut.slice(0, space) : cut).trimEnd()}…"`;
}
