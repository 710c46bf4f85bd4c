/** Lists of line numbers in a message, shortened the same way in every language. */

/** 3、5、9、… : at most ten numbers, then the word for "and more". */
export function shortList(numbers: number[], separator: string, more: string): string {
  const shown = numbers.slice(0, 10).join(separator);
  return numbers.length > 10 ? `${shown}${more}` : shown;
}
