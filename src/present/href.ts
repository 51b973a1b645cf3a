// A link's href as short as HTML allows: percent-encoded non-ASCII text (Chinese file names in the
// archive's URLs take 9 bytes a character encoded, 3 as UTF-8) is written as the characters, which
// browsers encode again when they follow the link. ASCII escapes (%20, %2F, %23 …) stay as they are,
// so the link goes to exactly the same address.
const NON_ASCII_ESCAPES = /(?:%[89a-f][0-9a-f])+/gi;

export function readableHref(url: string): string {
  return url.replace(NON_ASCII_ESCAPES, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run; // not valid UTF-8: leave it encoded
    }
  });
}
