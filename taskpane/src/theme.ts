/**
 * Light or dark, as Office says when it can (Office.context.officeTheme); otherwise the stylesheet
 * follows prefers-color-scheme on its own.
 */

function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = parseInt(match[1], 16);
  const channels = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((channel) => channel / 255);
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

export function applyOfficeTheme(theme: Office.OfficeTheme | undefined): void {
  const background = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  if (background === null) return;
  document.documentElement.dataset.theme = background < 0.5 ? 'dark' : 'light';
}
