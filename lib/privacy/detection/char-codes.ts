// Character tests on char codes, for the detectors' hand-written scans (no regex, no allocation per
// character on the hot path).

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Letters, digits and underscore: what `\w` matches. */
export function isWordCode(code: number): boolean {
  return isDigitCode(code) || isAsciiLetterCode(code) || code === 95;
}

export function isHexCode(code: number): boolean {
  return isDigitCode(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

export function countDigits(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) digits++;
  return digits;
}

export function digitsOf(text: string): string {
  return text.replace(/\D+/g, "");
}
