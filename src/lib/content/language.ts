/** What script a text is written in, for `lang`/`dir` marks. */

/** True when most letters of `text` are Arabic script. */
export function isArabic(text: string): boolean {
  // Most passages have no Arabic at all: say so without listing their letters.
  if (!/\p{Script=Arabic}/u.test(text)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  const arabic = text.match(/\p{Script=Arabic}/gu) ?? [];
  return letters.length > 0 && arabic.length / letters.length > 0.5;
}
